/**
 * `npm run import` takes evidence links as the card and the tab's import do (decision 0027,
 * SAMORDNA_EVIDENCE_HOSTS): a link to another tenant's SharePoint is refused with the hosts
 * allowed named, exit 1 and nothing stored; the city's own link passes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../helpers/run-script';

const HOSTS = 'malmostad.sharepoint.com, malmostad-my.sharepoint.com';
const HEADER = 'Förvaltning;Inriktningsmål;Rubrik;Aktivitet;Status;Rapporterat;Resultat;Underlag';
const ROUND = 'Uppföljning våren 2026';

describe('npm run import with SAMORDNA_EVIDENCE_HOSTS', () => {
  let dir: string;
  let env: Record<string, string>;
  const file = (link: string) => {
    const path = join(dir, `import-${String(Math.random()).slice(2)}.csv`);
    const row = `Fritidsförvaltningen;3;Verksamhetsspecifik;Chefsutbildning;Genomförd;Gjort.;Bra;${link}`;
    writeFileSync(path, `\uFEFF${HEADER}\r\n${row}\r\n`, 'utf8');
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samordna-evidence-cli-'));
    env = {
      SAMORDNA_DATA_DIR: dir,
      SAMORDNA_DEMO_DATA: 'false',
      SAMORDNA_EVIDENCE_HOSTS: 'malmostad.sharepoint.com,malmostad-my.sharepoint.com',
    };
    const created = await runScript(
      'round',
      ['create', ROUND, '--from', '2026-03-01', '--to', '2026-03-31'],
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses another tenant’s link, naming the hosts allowed, and stores nothing', async () => {
    const run = await runScript(
      'import',
      [file('https://annanstad.sharepoint.com/sites/x/rapport.docx'), '--round', ROUND],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Underlag måste vara länkar som börjar med https:// till stadens SharePoint eller OneDrive (${HOSTS}).`,
    );
    const listed = await runScript('export', [join(dir, 'after.csv'), '--round', ROUND], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/\b0 aktiviteter\b/);
  }, 60_000);

  it('accepts the city’s own OneDrive', async () => {
    const run = await runScript(
      'import',
      [
        file('https://malmostad-my.sharepoint.com/personal/sara/Documents/lista.xlsx'),
        '--round',
        ROUND,
        '--dry-run',
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);
});
