import {
  dateWithinRound,
  followUpRound,
  reportInstantWithin,
  roundPeriod,
} from '../../../bot/src/domain/follow-up-round';
import { importTable } from '../../../bot/src/domain/services/import-service';
import { createFollowUpRound, listRounds } from '../../../bot/src/domain/services/round-service';
import { readTableFile } from '../../../bot/src/files/table-file';
import { friFranVald } from '../../helpers/malmo-plan';
import {
  importClock,
  openImportStore,
  swedishCsv,
  type ImportStore,
} from '../../helpers/import-store';

/* Issue 15 item 7: follow-up rounds that are not meetings, for any period, also in the past. */
const HALVTID = { title: 'Halvtidsuppföljning 2024', from: '2023-11-01', to: '2024-01-31' };

describe('followUpRound (pure)', () => {
  it('opens at the first local midnight and closes at the midnight after the last date', () => {
    const outcome = followUpRound(friFranVald, HALVTID, []);
    if (outcome.kind !== 'created') throw new Error(outcome.kind);
    expect(outcome.round).toMatchObject({
      planId: friFranVald.id,
      kind: 'uppfoljning',
      title: 'Halvtidsuppföljning 2024',
      opensAt: '2023-10-31T23:00:00.000Z', // CET, winter
      closesAt: '2024-01-31T23:00:00.000Z',
    });
    expect(outcome.round.id).toMatch(/^uppf-[0-9a-f]{16}$/);
    expect(roundPeriod(outcome.round)).toEqual({ from: '2023-11-01', to: '2024-01-31' });
    const summer = followUpRound(
      friFranVald,
      { title: 'S', from: '2024-06-01', to: '2024-06-30' },
      [],
    );
    expect(summer).toMatchObject({
      round: { opensAt: '2024-05-31T22:00:00.000Z', closesAt: '2024-06-30T22:00:00.000Z' },
    });
  });

  it('is the same round for the same name (case and spacing aside); other dates are refused', () => {
    const first = followUpRound(friFranVald, HALVTID, []);
    if (first.kind !== 'created') throw new Error(first.kind);
    expect(
      followUpRound(friFranVald, { ...HALVTID, title: ' halvtidsuppföljning  2024 ' }, [
        first.round,
      ]),
    ).toEqual({ kind: 'exists', round: first.round });
    expect(followUpRound(friFranVald, { ...HALVTID, to: '2024-02-29' }, [first.round])).toEqual({
      kind: 'refused',
      problems: [
        'Det finns redan en omgång som heter "Halvtidsuppföljning 2024" (2023-11-01–2024-01-31). Välj ett annat namn.',
      ],
    });
  });

  it('lists every problem in Swedish', () => {
    expect(followUpRound(friFranVald, { title: ' ', from: '2024-02-30', to: '1 jan' }, [])).toEqual(
      {
        kind: 'refused',
        problems: [
          'Ange ett namn på omgången, till exempel "Halvtidsuppföljning 2024".',
          'Startdatumet "2024-02-30" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.',
          'Slutdatumet "1 jan" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.',
        ],
      },
    );
    expect(
      followUpRound(friFranVald, { title: 'X', from: '2024-03-01', to: '2024-02-01' }, []),
    ).toEqual({
      kind: 'refused',
      problems: ['Slutdatumet 2024-02-01 ligger före startdatumet 2024-03-01.'],
    });
    expect(
      followUpRound(
        friFranVald,
        { title: 'x'.repeat(121), ...{ from: '2024-01-01', to: '2024-01-02' } },
        [],
      ).kind,
    ).toBe('refused');
  });

  it('dates a report without Rapportdatum inside the round, never after it', () => {
    const outcome = followUpRound(friFranVald, HALVTID, []);
    if (outcome.kind !== 'created') throw new Error(outcome.kind);
    const round = outcome.round;
    expect(reportInstantWithin(round, new Date('2026-12-05T09:00:00.000Z'))).toBe(
      '2024-01-31T22:59:00.000Z',
    );
    expect(reportInstantWithin(round, new Date('2023-01-01T09:00:00.000Z'))).toBe(round.opensAt);
    expect(reportInstantWithin(round, new Date('2023-12-24T09:00:00.000Z'))).toBe(
      '2023-12-24T09:00:00.000Z',
    );
    expect(dateWithinRound(round, '2023-11-01')).toBe(true);
    expect(dateWithinRound(round, '2024-01-31')).toBe(true);
    expect(dateWithinRound(round, '2024-02-01')).toBe(false);
    expect(dateWithinRound(round, '2023-10-31')).toBe(false);
  });
});

describe('a past follow-up imported into its round', () => {
  let s: ImportStore;
  beforeEach(async () => {
    s = await openImportStore({ round: false });
  });
  afterEach(() => s.close());

  const csv = (reportDate: string) =>
    swedishCsv([
      [
        'Förvaltning',
        'Inriktningsmål',
        'Rubrik',
        'Aktivitet',
        'Status',
        'Rapporterat',
        'Rapportdatum',
      ],
      [
        'Fritidsförvaltningen',
        '3',
        'Verksamhetsspecifik',
        'Utbildning för chefer',
        'Genomförd',
        'Klar.',
        reportDate,
      ],
    ]);

  it('creates the round once, lists it, and dates reports without Rapportdatum inside it', async () => {
    const created = await createFollowUpRound(s.store, HALVTID);
    expect(created.kind).toBe('created');
    expect((await createFollowUpRound(s.store, HALVTID)).kind).toBe('exists');
    const listed = await listRounds(s.store);
    if ('kind' in listed) throw new Error(listed.kind);
    expect(listed.rounds.map((r) => [r.round.title, r.from, r.to])).toEqual([
      ['Halvtidsuppföljning 2024', '2023-11-01', '2024-01-31'],
    ]);

    // importClock says June 2024: after the round; the report is dated at its end, not "today".
    const outcome = await importTable(s.store, importClock, await readTableFile(csv('')), {
      round: 'Halvtidsuppföljning 2024',
      dryRun: false,
      importer: { userId: 'u', name: 'Samordningen' },
    });
    expect(outcome.kind).toBe('imported');
    const reports = await s.store.reports.latest({ roundId: listed.rounds[0]!.round.id });
    expect(reports.map((r) => r.reportedAt)).toEqual(['2024-01-31T22:59:00.000Z']);
  });

  it('refuses a Rapportdatum outside the round, in Swedish, and stores nothing', async () => {
    await createFollowUpRound(s.store, HALVTID);
    const before = s.dump();
    const outcome = await importTable(
      s.store,
      importClock,
      await readTableFile(csv('2024-05-20')),
      {
        round: 'Halvtidsuppföljning 2024',
        dryRun: false,
        importer: { userId: 'u', name: 'Samordningen' },
      },
    );
    expect(outcome).toEqual({
      kind: 'invalid',
      count: 1,
      errors: [
        {
          row: 2,
          message:
            'Rapportdatum 2024-05-20 ligger utanför omgången "Halvtidsuppföljning 2024" (2023-11-01–2024-01-31). Rätta datumet eller välj en annan omgång.',
        },
      ],
    });
    expect(s.dump()).toBe(before);
  });

  it('refuses a plan that does not exist', async () => {
    expect(await createFollowUpRound(s.store, HALVTID, 'finns-inte')).toEqual({
      kind: 'plan-not-found',
      requested: 'finns-inte',
    });
  });
});
