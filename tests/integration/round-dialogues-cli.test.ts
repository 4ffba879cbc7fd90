import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PLAN_FILES } from '../helpers/plan-documents';
import { runScript } from '../helpers/run-script';

/*
 * Issue 15 item 7 (decision 0033): a follow-up round with a dialogue meeting per organisation
 * from a terminal — `round create … --dialog`, `round dialog`, `round list` — real processes on
 * a fresh data folder without demo data. The follow-up lies in the past: its dialogues are
 * recorded after they were held.
 */
const ROUND = 'Halvtidsuppföljning 2024';
const LINK = 'https://teams.microsoft.com/l/meetup-join/halvtid';

describe('dialogue meetings of a follow-up round from a terminal', () => {
  let dir: string;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runScript('round', args, env);
  const stored = (sql: string): unknown[] => {
    const db = new Database(join(dir, 'samordna.sqlite'), { readonly: true });
    try {
      return db.prepare(sql).all();
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samordna-dialog-'));
    env = { SAMORDNA_DATA_DIR: dir, SAMORDNA_DEMO_DATA: 'false' };
    expect((await runScript('plan', ['import', PLAN_FILES.malmo], env)).code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The round's period, as `--from` and `--to`. */
  const PERIOD = ['--from', '2023-11-01', '--to', '2024-01-31'];
  const create = (...dialogs: string[]) =>
    cli('create', ROUND, ...PERIOD, ...dialogs.flatMap((d) => ['--dialog', d]));

  /** `round dialog "<round>" <org> <date> <times> …`: one more dialogue. */
  const dialog = (round: string, organisation: string, date: string, ...more: string[]) =>
    cli('dialog', round, organisation, date, ...more);

  it('refuses a round whose dialogue is wrong, one Swedish line per problem, and stores nothing', async () => {
    const refused = await create(
      'kulturforvaltningen=2024-01-15T09:00-10:00',
      'fritidsforvaltningen=2024-01-13T09:00-10:00',
      'okand=2024-01-16T09:00-10:00',
    );
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      [
        'Omgången och dialogmötena skapades inte – inget har sparats:',
        'Fritidsförvaltningen: Mötet ligger på en lördag eller söndag. Välj en vardag.',
        'Okänd förvaltning eller bolag: okand.',
        '',
      ].join('\n'),
    );
    const malformed = await create('kulturforvaltningen 2024-01-15 09:00');
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain(
      '--dialog "kulturforvaltningen 2024-01-15 09:00" går inte att läsa. Skriv <org-id>=<ÅÅÅÅ-MM-DD>T<TT:MM>-<TT:MM>[,<Teams-länk>]',
    );
    expect(stored('SELECT id FROM rounds')).toEqual([]);
    expect(stored('SELECT id FROM meetings')).toEqual([]);
  }, 60_000);

  it('creates the round with its dialogues, adds one, refuses a second or one outside the round, and lists them', async () => {
    const created = await create(
      `kulturforvaltningen=2024-01-15T09:00-10:00,${LINK}`,
      // Overlapping kultur's: two dialogues may run side by side.
      'fritidsforvaltningen=2024-01-15T09:30-10:30',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(
      /^Skapade omgången "Halvtidsuppföljning 2024" 2023-11-01–2024-01-31/,
    );
    expect(created.stdout).toContain(
      [
        'Dialogmöten i omgången:',
        '    Dialogmöte 2024-01-15 09:00–10:00  Kulturförvaltningen',
        '    Dialogmöte 2024-01-15 09:30–10:30  Fritidsförvaltningen',
        '',
      ].join('\n'),
    );
    // The same request again stores nothing new.
    expect((await create(`kulturforvaltningen=2024-01-15T09:00-10:00,${LINK}`)).stdout).toContain(
      'finns redan',
    );

    const added = await dialog(
      'halvtidsuppföljning 2024',
      'funktionsstodsforvaltningen',
      '2024-01-17',
      '13:00-14:00',
      '--teams',
      LINK,
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toBe(
      'Planerade dialogmötet i omgången "Halvtidsuppföljning 2024":\n    Dialogmöte 2024-01-17 13:00–14:00  Funktionsstödsförvaltningen\n',
    );

    const second = await dialog(ROUND, 'kulturforvaltningen', '2024-01-16', '10:00-11:00');
    expect(second).toMatchObject({ code: 1, stdout: '' });
    expect(second.stderr).toBe(
      'Dialogmötet planerades inte – inget har sparats:\nKulturförvaltningen har redan ett dialogmöte i omgången. Flytta det under Möten i stället.\n',
    );
    const outside = await dialog(ROUND, 'forskoleforvaltningen', '2024-02-05', '09:00-10:00');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(
      'Förskoleförvaltningen: Dialogmötet ligger utanför uppföljningsomgången (2023-11-01–2024-01-31). Välj en dag inom omgången.',
    );
    const noRound = await dialog('Finns inte', 'kulturforvaltningen', '2024-01-16', '10:00-11:00');
    expect(noRound).toMatchObject({ code: 1 });
    expect(noRound.stderr).toBe(
      'Omgången "Finns inte" finns inte. Se vilka som finns med npm run round -- list.\n',
    );

    expect(
      stored('SELECT kind, constellation, teams_link AS link FROM meetings ORDER BY starts_at'),
    ).toEqual([
      { kind: 'dialog', constellation: expect.stringContaining('kulturforvaltningen'), link: LINK },
      {
        kind: 'dialog',
        constellation: expect.stringContaining('fritidsforvaltningen'),
        link: null,
      },
      {
        kind: 'dialog',
        constellation: expect.stringContaining('funktionsstodsforvaltningen'),
        link: LINK,
      },
    ]);

    const listed = await cli('list');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout.split('\n')).toEqual([
      'Omgångar i Fri från våld – en gemensam angelägenhet:',
      expect.stringMatching(
        /^2023-11-01–2024-01-31 {2}Halvtidsuppföljning 2024 {2}\(uppföljning, id uppf-[0-9a-f]+\)$/,
      ),
      '    Dialogmöte 2024-01-15 09:00–10:00  Kulturförvaltningen',
      '    Dialogmöte 2024-01-15 09:30–10:30  Fritidsförvaltningen',
      '    Dialogmöte 2024-01-17 13:00–14:00  Funktionsstödsförvaltningen',
      '',
    ]);
  }, 120_000);
});
