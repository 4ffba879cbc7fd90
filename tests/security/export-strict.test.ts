/**
 * Issue 14, items 4 and 7, the acceptance test: activities stored before text hygiene existed
 * (written straight into the store, as legacy data) whose titles, descriptions and report
 * texts hold U+FFFE and other characters XML 1.0 forbids, bidi controls (Trojan Source) and
 * every formula prefix OWASP names (= + - @ tab CR), export to XLSX, CSV and DOCX that a strict
 * XML parser accepts, with no forbidden character and no bidi control in any part, no cell that
 * a spreadsheet would run, and that the product's own import reads back with the text
 * neutralised: cleaned, and the formula escape taken off again.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { parse } from 'csv-parse/sync';
import { importTable } from '../../bot/src/domain/services/import-service';
import { cleanLine, cleanText } from '../../bot/src/domain/text/clean-text';
import type { Activity } from '../../bot/src/domain/types';
import { readTableFile } from '../../bot/src/files/table-file';
import { DEMO_SAMORDNING } from '../helpers/activities';
import { newActivity } from '../helpers/fixtures';
import { importClock, openImportStore } from '../helpers/import-store';
import { startTestServer, type TestServer } from '../helpers/server';

const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Legacy texts: every formula prefix, forbidden characters and bidi controls. */
const LEGACY: readonly {
  id: string;
  title: string;
  description: string;
  done: string;
  next: string;
}[] = [
  {
    id: 'legacy-1',
    title: "=cmd|' /C calc'!A0 \uFFFE\u202Eexe.live\u202C",
    description: '-SUM(1,1)\u0001\r\nrad två\uFFFF',
    done: '+HYPERLINK("http://example.invalid","klicka")\u2066',
    next: '@SUM(1,1)\u0008',
  },
  {
    id: 'legacy-2',
    title: '-HYPERLINK("http://example.invalid")\u200f',
    description: '\t=1+1',
    done: '\r=2+2',
    next: '-cmd|x',
  },
  {
    id: 'legacy-3',
    title: '@SUM(1,1) och \ud800 ensam surrogat',
    description: "'=redan med apostrof",
    done: '\n+3',
    next: 'vanlig text',
  },
];

function strictlyParse(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  expect({ name, errors }).toEqual({ name, errors: [] });
  expect({ name, forbidden: XML_FORBIDDEN.test(xml), bidi: BIDI.test(xml) }).toEqual({
    name,
    forbidden: false,
    bidi: false,
  });
}

/** Every XML part of an Office file, each parsed strictly. Returns the parts by name. */
async function strictParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = await entry.async('string');
    strictlyParse(name, xml);
    parts.set(name, xml);
  }
  expect(parts.size).toBeGreaterThan(3);
  return parts;
}

describe('exports of legacy text', () => {
  let server: TestServer;
  let roundId: string;
  const get = async (path: string): Promise<Buffer> => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING });
    const rounds = (await (await fetch(`${server.url}/api/v1/data/rounds`)).json()) as {
      currentRoundId: string | null;
      rounds: { id: string }[];
    };
    roundId = rounds.currentRoundId ?? rounds.rounds[0]?.id ?? '';
    const [plan] = await server.store.plans.list();
    for (const [i, legacy] of LEGACY.entries()) {
      const activity: Omit<Activity, 'version'> = newActivity({
        id: legacy.id,
        planId: plan?.id ?? '',
        organisationId: 'kulturforvaltningen',
        goal: 1 + i,
        title: legacy.title,
        description: legacy.description,
        partners: ['=Polisen'],
        owner: '+46 40 34 10 00',
      });
      await server.store.activities.create(activity);
      await server.store.reports.append(
        {
          id: `${legacy.id}-r`,
          activityId: legacy.id,
          roundId,
          status: 'pagar-med-avvikelse',
          done: legacy.done,
          next: legacy.next,
          reason: '-orsak\uFFFE',
          reportedByUserId: 'legacy',
          reportedByName: 'Legacy',
          reportedAt: new Date().toISOString(),
        },
        `legacy:${legacy.id}`,
      );
    }
  });

  afterAll(async () => {
    await server.stop();
  });

  it('XLSX: every part well-formed, no forbidden or bidi character, no formula, no cell a spreadsheet would run', async () => {
    const xlsx = await get(`/api/v1/data/export?format=xlsx&round=${encodeURIComponent(roundId)}`);
    const parts = await strictParts(xlsx);
    for (const [name, xml] of parts)
      expect({ name, formula: /<f[ >]/.test(xml) }).toEqual({ name, formula: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') cells.push(cell.value);
        }),
      ),
    );
    expect(cells.some((c) => c.includes('cmd|'))).toBe(true);
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
  });

  it('CSV: no forbidden or bidi character, no cell that starts a formula', async () => {
    const csv = await get(`/api/v1/data/export?format=csv&round=${encodeURIComponent(roundId)}`);
    const text = csv.toString('utf8');
    expect(XML_FORBIDDEN.test(text)).toBe(false);
    expect(BIDI.test(text)).toBe(false);
    const records = parse(text.slice(1), {
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    const cells = records.flat();
    expect(cells.some((c) => c.includes('cmd|'))).toBe(true);
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
  });

  it('DOCX (the report draft): every part well-formed, no forbidden or bidi character', async () => {
    const docx = await get(`/api/v1/data/report?round=${encodeURIComponent(roundId)}`);
    const parts = await strictParts(docx);
    // The draft quotes what Kulturförvaltningen reported: the legacy texts, cleaned.
    const document = parts.get('word/document.xml') ?? '';
    expect(document.includes('+HYPERLINK(&quot;http://example.invalid&quot;')).toBe(true);
    expect(document.includes('=2+2')).toBe(true);
  });

  it.each(['xlsx', 'csv'] as const)(
    'the product imports its own %s export again, with the text neutralised',
    async (format) => {
      const file = await get(
        `/api/v1/data/export?format=${format}&round=${encodeURIComponent(roundId)}`,
      );
      // Into the same round in another store: its reports are dated inside it (a report date
      // outside the round it is imported into is refused, issue 15 item 7).
      const fresh = await openImportStore({ round: false });
      try {
        const round = await server.store.rounds.get(roundId);
        if (round === undefined) throw new Error(roundId);
        await fresh.store.rounds.upsert(round);
        const outcome = await importTable(fresh.store, importClock, await readTableFile(file), {
          round: roundId,
          dryRun: false,
          importer: { userId: 'u', name: 'U' },
        });
        expect(outcome.kind).toBe('imported');
        const stored = await fresh.store.activities.list({ organisationId: 'kulturforvaltningen' });
        for (const written of LEGACY) {
          // As the store kept it (SQLite's UTF-8 has no lone surrogate: it holds U+FFFD there).
          const original = await server.store.activities.get(written.id);
          const [originalReport] = await server.store.reports.history(written.id);
          const legacy = {
            id: written.id,
            title: original?.title ?? '',
            description: original?.description ?? '',
            done: originalReport?.done ?? '',
            next: originalReport?.next ?? '',
          };
          const activity = stored.find((a) => a.title === cleanLine(legacy.title));
          expect({ id: legacy.id, found: activity !== undefined }).toEqual({
            id: legacy.id,
            found: true,
          });
          if (activity === undefined) continue;
          expect(activity.description).toBe(cleanText(legacy.description).trim());
          expect(activity.partners).toEqual(['=Polisen']);
          expect(activity.owner).toBe('+46 40 34 10 00');
          const [report] = await fresh.store.reports.history(activity.id);
          expect(report).toMatchObject({
            done: cleanText(legacy.done).trim(),
            next: cleanText(legacy.next).trim(),
            reason: '-orsak',
          });
        }
      } finally {
        await fresh.close();
      }
    },
  );
});
