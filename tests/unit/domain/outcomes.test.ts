import { demoActivities, demoRound, DEMO_MEMBERS } from '../../../bot/src/domain/catalog';
import { activityHistory } from '../../../bot/src/domain/dashboard/activities';
import {
  EMPTY_OUTCOME_INPUT,
  evidenceHostsText,
  evidenceLink,
  outcomeFigure,
  outcomeInputOf,
  outcomeSummary,
  parseCount,
  parseOutcome,
  type OutcomeInput,
} from '../../../bot/src/domain/outcomes/outcome';
import {
  openReportForm,
  submitReport,
  type ReportSubmission,
} from '../../../bot/src/domain/services/status-service';
import type { ReportOutcome } from '../../../bot/src/domain/types';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { openDemoStore } from '../../helpers/demo-store';

const SP = 'https://malmostad.sharepoint.com/sites/samordna/Delade%20dokument/rapport.docx';
const ONEDRIVE = 'https://malmostad-my.sharepoint.com/personal/sara_malmo_se/Documents/lista.xlsx';

const typed = (overrides: Partial<OutcomeInput>): OutcomeInput => ({
  ...EMPTY_OUTCOME_INPUT,
  ...overrides,
});

describe('parseCount', () => {
  it.each([
    ['120', 120],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 0 ', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it('is null when empty and undefined when not a non-negative number', () => {
    expect(parseCount('  ')).toBeNull();
    for (const text of ['120 st', 'tolv', '-5', '1e3', '12,', '0x10', 'NaN', '99999999999'])
      expect(parseCount(text)).toBeUndefined();
  });
});

describe('evidenceLink', () => {
  it('accepts https links to the city’s SharePoint and OneDrive', () => {
    expect(evidenceLink(SP)).toBe(SP);
    expect(evidenceLink(ONEDRIVE)).toBe(ONEDRIVE);
    expect(evidenceLink('https://MalmoStad.SharePoint.com/sites/x')).toBe(
      'https://malmostad.sharepoint.com/sites/x',
    );
  });

  it.each([
    ['http, not https', 'http://malmostad.sharepoint.com/sites/x'],
    ['another host', 'https://example.com/sharepoint.com'],
    ['a look-alike host', 'https://malmostad.sharepoint.com.evil.example/x'],
    ['a host that only ends in the name', 'https://evilsharepoint.com/x'],
    ['a deeper host', 'https://a.b.sharepoint.com/x'],
    ['credentials', 'https://user:pw@malmostad.sharepoint.com/x'],
    ['a port', 'https://malmostad.sharepoint.com:8443/x'],
    ['a script', 'javascript:alert(1)//malmostad.sharepoint.com'],
    ['not a link', 'malmostad.sharepoint.com/sites/x'],
  ])('refuses %s', (_, link) => {
    expect(evidenceLink(link)).toBeUndefined();
  });
});

describe('evidenceLink with configured hosts (SAMORDNA_EVIDENCE_HOSTS or the site’s tenant)', () => {
  const OWN = ['malmostad.sharepoint.com', 'malmostad-my.sharepoint.com'];

  it('accepts only the hosts given: another tenant’s SharePoint is refused', () => {
    expect(evidenceLink(SP, OWN)).toBe(SP);
    expect(evidenceLink(ONEDRIVE, OWN)).toBe(ONEDRIVE);
    expect(evidenceLink('https://MalmoStad.SharePoint.com/x', OWN)).toBe(
      'https://malmostad.sharepoint.com/x',
    );
    expect(evidenceLink('https://annanstad.sharepoint.com/x', OWN)).toBeUndefined();
    expect(evidenceLink('https://annanstad-my.sharepoint.com/x', OWN)).toBeUndefined();
    // Still https only, without credentials or a port.
    expect(evidenceLink('http://malmostad.sharepoint.com/x', OWN)).toBeUndefined();
    expect(evidenceLink('https://malmostad.sharepoint.com:8443/x', OWN)).toBeUndefined();
  });

  it('accepts any host listed, not only SharePoint, and no other', () => {
    const hosts = ['dokument.malmo.se'];
    expect(evidenceLink('https://dokument.malmo.se/a', hosts)).toBe('https://dokument.malmo.se/a');
    expect(evidenceLink(SP, hosts)).toBeUndefined();
  });

  it('refuses the outcome with outcome-link and names the hosts for the message', () => {
    const other = typed({ result: 'Bra', links: `${SP} https://annanstad.sharepoint.com/x` });
    expect(parseOutcome('genomford', other, OWN)).toEqual({
      outcome: null,
      problems: ['outcome-link'],
    });
    expect(parseOutcome('genomford', other).problems).toEqual([]);
    expect(evidenceHostsText(OWN)).toBe('malmostad.sharepoint.com, malmostad-my.sharepoint.com');
    expect(evidenceHostsText(null)).toBe('…sharepoint.com');
  });
});

describe('parseOutcome', () => {
  it('gives no outcome and no problem when every field is empty', () => {
    expect(parseOutcome('genomford', typed({ result: '  ' }))).toEqual({
      outcome: null,
      problems: [],
    });
    expect(parseOutcome('pagar', EMPTY_OUTCOME_INPUT)).toEqual({ outcome: null, problems: [] });
  });

  it('reads a Genomförd outcome: cleaned texts, numbers, links one per line or space', () => {
    const { outcome, problems } = parseOutcome(
      'genomford',
      typed({
        result: ' Alla chefer bjöds in.\u202e ',
        reached: '120',
        target: '1 50',
        unit: ' chefer utbildade ',
        links: `${SP}\n\n${ONEDRIVE} ${SP}`,
      }),
    );
    expect(problems).toEqual([]);
    expect(outcome).toEqual({
      result: 'Alla chefer bjöds in.',
      reached: 120,
      target: 150,
      unit: 'chefer utbildade',
      links: [SP, ONEDRIVE],
    });
  });

  it('refuses an outcome on a report that is not Genomförd', () => {
    expect(parseOutcome('pagar', typed({ result: 'Bra' }))).toEqual({
      outcome: null,
      problems: ['outcome-not-done'],
    });
  });

  it('lists every broken rule: numbers, links, too many links', () => {
    const links = Array.from({ length: 6 }, (_, i) => `${SP}?v=${String(i)}`).join('\n');
    expect(
      parseOutcome('genomford', typed({ reached: 'många', target: '150 st', links })).problems,
    ).toEqual(['outcome-reached', 'outcome-target', 'outcome-too-many-links']);
    expect(parseOutcome('genomford', typed({ links: `${SP}\nhttps://dropbox.com/x` }))).toEqual({
      outcome: null,
      problems: ['outcome-link'],
    });
  });

  it('shows a stored outcome again as the form’s fields, which read back the same', () => {
    const outcome: ReportOutcome = {
      result: 'Klart',
      reached: 12.5,
      target: null,
      unit: 'timmar',
      links: [SP],
    };
    const input = outcomeInputOf(outcome);
    expect(input).toEqual({
      result: 'Klart',
      reached: '12,5',
      target: '',
      unit: 'timmar',
      links: SP,
    });
    expect(parseOutcome('genomford', input).outcome).toEqual(outcome);
    expect(outcomeInputOf(undefined)).toEqual(EMPTY_OUTCOME_INPUT);
  });
});

describe('outcomeFigure and outcomeSummary', () => {
  const outcome = (o: Partial<ReportOutcome>): ReportOutcome => ({
    result: '',
    reached: null,
    target: null,
    unit: '',
    links: [],
    ...o,
  });
  it('writes "120 av 150 chefer utbildade" and its parts', () => {
    const full = outcome({ reached: 120, target: 1500, unit: 'chefer utbildade' });
    expect(outcomeFigure(full)).toBe('120 av 1\u00a0500 chefer utbildade');
    expect(outcomeFigure(full, 'en')).toBe('120 of 1,500 chefer utbildade');
    expect(outcomeFigure(outcome({ reached: 120 }))).toBe('120');
    expect(outcomeFigure(outcome({ target: 150, unit: 'chefer' }))).toBe('mål 150 chefer');
    expect(outcomeFigure(outcome({ result: 'Bra' }))).toBe('');
  });
  it('puts the figure after the result, without a doubled full stop', () => {
    expect(
      outcomeSummary(
        outcome({ result: 'Alla deltog.', reached: 120, target: 150, unit: 'chefer' }),
      ),
    ).toBe('Alla deltog (120 av 150 chefer)');
    expect(outcomeSummary(outcome({ result: 'Alla deltog.' }))).toBe('Alla deltog.');
    expect(outcomeSummary(outcome({ reached: 3 }))).toBe('3');
  });
});

describe('submitReport with an outcome, and editing a report in the round', () => {
  const clock = { now: () => new Date('2024-06-03T08:00:00.000Z') };
  const omar = DEMO_MEMBERS.find((m) => m.roles.includes('samordning'))!;
  // An activity with no report yet: the first report in the round is not an edit.
  const activityId = demoActivities.find((d) => d.report === null)!.activity.id;
  let store: SqliteStore;
  let ids = 0;
  const newId = () => `r-${String((ids += 1))}`;

  beforeEach(async () => {
    store = await openDemoStore(clock);
  });
  afterEach(() => store.close());

  const submission = (o: Partial<ReportSubmission>): ReportSubmission => ({
    activityId,
    roundId: demoRound.id,
    baseReportId: '',
    idempotencyKey: `k-${String((ids += 1))}`,
    status: 'genomford',
    done: 'Utbildningen är klar',
    next: '',
    reason: '',
    ...o,
  });

  it('stores the outcome of a Genomförd report', async () => {
    const result = await submitReport(
      store,
      clock,
      omar.userId,
      submission({
        outcome: typed({ result: 'Bra', reached: '120', target: '150', unit: 'chefer', links: SP }),
      }),
      newId,
    );
    expect(result).toMatchObject({ kind: 'saved', edited: false });
    const [stored] = await store.reports.history(activityId);
    expect(stored?.outcome).toEqual({
      result: 'Bra',
      reached: 120,
      target: 150,
      unit: 'chefer',
      links: [SP],
    });
  });

  it.each([
    ['a malformed link', typed({ result: 'Bra', links: 'www.malmo.se/rapport' }), 'outcome-link'],
    ['a non-number', typed({ reached: 'etthundra' }), 'outcome-reached'],
  ])('refuses %s and stores nothing', async (_, outcome, problem) => {
    const result = await submitReport(store, clock, omar.userId, submission({ outcome }), newId);
    expect(result).toMatchObject({ kind: 'invalid', problems: [problem] });
    expect(await store.reports.history(activityId)).toEqual([]);
  });

  it('refuses an outcome on a report that is not Genomförd, with the reason rule too', async () => {
    const result = await submitReport(
      store,
      clock,
      omar.userId,
      submission({ status: 'framflyttad', outcome: typed({ result: 'Bra' }) }),
      newId,
    );
    expect(result).toMatchObject({
      kind: 'invalid',
      problems: ['reason-required', 'outcome-not-done'],
    });
    expect(await store.reports.history(activityId)).toEqual([]);
  });

  it('an edit in the same round is marked as such, replaces the first in the history, and both stay stored', async () => {
    expect(await openReportForm(store, clock, omar.userId, activityId, demoRound.id)).toMatchObject(
      { editing: false, latest: null },
    );
    const first = await submitReport(
      store,
      clock,
      omar.userId,
      submission({ status: 'pagar', done: 'Första' }),
      newId,
    );
    if (first.kind !== 'saved') throw new Error(first.kind);
    expect(first.edited).toBe(false);

    const form = await openReportForm(store, clock, omar.userId, activityId, demoRound.id);
    expect(form).toMatchObject({ editing: true, latest: { id: first.report.id } });

    const later = { now: () => new Date('2024-06-03T09:00:00.000Z') };
    const second = await submitReport(
      store,
      later,
      omar.userId,
      submission({
        baseReportId: first.report.id,
        done: 'Andra',
        outcome: typed({ result: 'Klart', reached: '9' }),
      }),
      newId,
    );
    expect(second).toMatchObject({ kind: 'saved', edited: true });

    // The audit trail keeps both reports…
    const all = await store.reports.history(activityId);
    expect(all.map((r) => r.done)).toEqual(['Första', 'Andra']);
    // …the visible history shows the round once: the edit, marked as replacing one.
    const rounds = await store.rounds.list(demoRound.planId);
    const { history } = activityHistory({
      activity: (await store.activities.get(activityId))!,
      history: all,
      rounds,
      viewer: omar,
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      roundId: demoRound.id,
      status: 'genomford',
      done: 'Andra',
      replaced: 1,
      outcome: { result: 'Klart', reached: 9 },
    });
  });
});
