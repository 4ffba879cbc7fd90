import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadExportTable,
  loadReportDraft,
} from '../../../bot/src/domain/services/follow-up-service';
import { importTable } from '../../../bot/src/domain/services/import-service';
import { renderReportDocx } from '../../../bot/src/files/docx-report';
import { readTableFile } from '../../../bot/src/files/table-file';
import { docxParagraphs } from '../../helpers/docx-text';
import { importClock, openImportStore, type ImportStore } from '../../helpers/import-store';

/*
 * The dataset: chapter 5 of the mid-term follow-up (seeds/000): per inriktningsmål the
 * stadsövergripande activities and one activity per organisation under "Urval av inrapporterad
 * uppföljning", plus Fritidsförvaltningen's unreported activity under goal 6 (the same
 * transcription as the demo data, as an import file: tests/fixtures/halvtidsuppfoljning-kapitel-5.csv).
 */
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');

/** The follow-up's own counting sentences, 5.1.2 … 5.6.1, word for word. */
const FOLLOW_UP_SENTENCES = [
  'Åtta förvaltningar har aktiviteter under inriktningsmålet.',
  'Fem förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.',
  'Nio förvaltningar samt MKB Fastighets AB har aktiviteter under inriktningsmålet.',
  'Åtta förvaltningar har aktiviteter under inriktningsmålet.',
  'Sex förvaltningar har aktiviteter under inriktningsmålet.',
  'Sex förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.',
];

/** The organisations the follow-up lists under 5.1.3 "Urval av inrapporterad uppföljning". */
const GOAL_1_SELECTION = [
  'Arbetsmarknads- och socialförvaltningen',
  'Funktionsstödsförvaltningen',
  'Förskoleförvaltningen',
  'Grundskoleförvaltningen',
  'Gymnasie- och vuxenutbildningsförvaltningen',
  'Hälsa-, vård- och omsorgsförvaltningen',
  'Kulturförvaltningen',
  'Stadskontoret',
];

let s: ImportStore;
let paragraphs: string[];

beforeAll(async () => {
  s = await openImportStore();
  const outcome = await importTable(
    s.store,
    importClock,
    await readTableFile(readFileSync(FIXTURE)),
    {
      dryRun: false,
      importer: { userId: 'u', name: 'Samordningen' },
    },
  );
  expect(outcome.kind).toBe('imported');
  const draft = await loadReportDraft(s.store, importClock);
  if ('kind' in draft) throw new Error(draft.kind);
  paragraphs = await docxParagraphs(await renderReportDocx(draft.blocks, 'Uppföljning'));
});
afterAll(async () => {
  await s.close();
});

/** The paragraphs between the heading of goal n and the next goal's heading. */
function goalSection(n: number): string[] {
  const start = paragraphs.findIndex((p) =>
    p.startsWith(`5.${String(n)} Inriktningsmål ${String(n)} - `),
  );
  const end = paragraphs.findIndex((p, i) => i > start && /^5\.\d+ /.test(p));
  return paragraphs.slice(start, end);
}

describe('the report draft from the chapter-5 dataset', () => {
  test.each([1, 2, 3, 4, 5, 6])('goal %p: the counting sentence matches the follow-up', (n) => {
    const counting = goalSection(n).filter((p) =>
      p.endsWith('har aktiviteter under inriktningsmålet.'),
    );
    // The follow-up writes "samt" once (goal 3) and "och" elsewhere; the draft always writes "och".
    expect(counting).toEqual([FOLLOW_UP_SENTENCES[n - 1]?.replace(' samt ', ' och ')]);
  });

  test('goal 1: the stadsövergripande activity with what was reported, then one organisation each', () => {
    const section = goalSection(1);
    expect(section[1]).toBe(
      'Genom att: stärka barns rättigheter, utmana normer, utveckla det våldsförebyggande arbetet, stärka det tidiga stödet och skapa en trygg och inkluderande arbetsmiljö.',
    );
    expect(section).toContain('5.1.1 Uppföljning av stadsövergripande aktivitet');
    expect(section.find((p) => p.startsWith('Rapporterat: '))).toMatch(/^Rapporterat: Genomfört\./);
    const selection = section.slice(
      section.indexOf('5.1.3 Urval av inrapporterad uppföljning') + 1,
    );
    expect(selection.map((p) => p.split(': ')[0])).toEqual(GOAL_1_SELECTION);
  });

  test('goal 6 has no stadsövergripande activity and names Fritidsförvaltningen as not reported', () => {
    const section = goalSection(6);
    expect(section).toContain('5.6.1 Aktiviteter i förvaltningarnas handlingsplaner');
    expect(section).toContain(
      'Fritidsförvaltningen har också en aktivitet under inriktningsmålet i sin handlingsplan, "Samverkan med föreningslivet om våld", men har inte rapporterat om den i uppföljningen.',
    );
  });

  test("the export's Sammanställning sheet carries the same figures as the draft", async () => {
    const exported = await loadExportTable(s.store, importClock);
    if ('kind' in exported || exported.summary === null) throw new Error('no summary');
    const sentences = paragraphs.filter((p) =>
      p.endsWith('har aktiviteter under inriktningsmålet.'),
    );
    expect(exported.summary.slice(1, 7).map((row) => row[6])).toEqual(sentences);
    expect(exported.summary.slice(1, 7).map((row) => [row[1], row[2]])).toEqual([
      ['8', '0'],
      ['5', '1'],
      ['9', '1'],
      ['8', '0'],
      ['6', '0'],
      ['6', '1'],
    ]);
    expect(exported.summary.find((row) => row[0] === 'Målgrupper')?.[1]).toContain('Hbtq-personer');
  });

  test('a gaps section names what no activity addresses', () => {
    const gaps = paragraphs.slice(paragraphs.indexOf('5.7 Luckor i planens täckning') + 1);
    expect(gaps.slice(0, gaps.indexOf('6. Analys'))).toHaveLength(4);
    expect(gaps[2]).toMatch(/^Målgrupper som ingen (taggad )?aktivitet tar upp: .*Hbtq-personer/);
    expect(gaps[2]).toContain('Kvinnor med missbruk');
  });
});
