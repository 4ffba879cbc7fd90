/**
 * Evidence links only in the city's own tenant (decision 0027, SAMORDNA_EVIDENCE_HOSTS): the
 * import API of a server configured with the city's hosts refuses a link to another tenant's
 * SharePoint, names the hosts allowed in its Swedish row message, and stores nothing; the
 * city's own link passes.
 */
import { DEMO_SAMORDNING } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

const HOSTS = 'malmostad.sharepoint.com, malmostad-my.sharepoint.com';
const HEADER = 'Förvaltning;Inriktningsmål;Rubrik;Aktivitet;Status;Rapporterat;Resultat;Underlag';
const line = (link: string) =>
  `Fritidsförvaltningen;3;Verksamhetsspecifik;Chefsutbildning;Genomförd;Gjort.;Bra;${link}`;
const csv = (lines: readonly string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

describe('evidence hosts in the import API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING,
      SAMORDNA_EVIDENCE_HOSTS: 'malmostad.sharepoint.com,malmostad-my.sharepoint.com',
    });
  });
  afterAll(async () => server.stop());

  const preview = async (link: string) => {
    const response = await fetch(`${server.url}/api/v1/data/import/preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: csv([HEADER, line(link)]),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('refuses a link to another tenant’s SharePoint, naming the hosts allowed', async () => {
    const refused = await preview('https://annanstad.sharepoint.com/sites/x/rapport.docx');
    expect(refused.status).toBe(400);
    expect(refused.body['rowErrors']).toEqual([
      {
        row: 2,
        message: `Underlag måste vara länkar som börjar med https:// till stadens SharePoint eller OneDrive (${HOSTS}).`,
        text: expect.stringContaining(HOSTS) as unknown,
      },
    ]);
  });

  it('accepts the city’s own SharePoint and OneDrive', async () => {
    for (const link of [
      'https://malmostad.sharepoint.com/sites/samordna/rapport.docx',
      'https://malmostad-my.sharepoint.com/personal/sara/Documents/lista.xlsx',
    ]) {
      const accepted = await preview(link);
      expect(accepted.body['rowErrors']).toBeUndefined();
      expect(accepted.status).toBe(200);
    }
  });
});
