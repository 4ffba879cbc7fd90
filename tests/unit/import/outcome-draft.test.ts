/**
 * The report draft says what came of the completed activities (decision 0027): a sentence per
 * activity reported Genomförd with an outcome, under its inriktningsmål; nothing changes for a
 * round without outcomes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportDraft } from '../../../bot/src/domain/services/follow-up-service';
import { importTable } from '../../../bot/src/domain/services/import-service';
import { renderReportDocx } from '../../../bot/src/files/docx-report';
import { readTableFile } from '../../../bot/src/files/table-file';
import { docxParagraphs } from '../../helpers/docx-text';
import { importClock, openImportStore, swedishCsv } from '../../helpers/import-store';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');
const SP = 'https://malmostad.sharepoint.com/sites/samordna/utvardering.docx';
const importer = { userId: 'u', name: 'Samordningen' };

const HEADER = [
  'Förvaltning',
  'Inriktningsmål',
  'Rubrik',
  'Aktivitet',
  'Status',
  'Rapporterat',
  'Resultat',
  'Antal uppnådda',
  'Antal i målet',
  'Vad räknas',
  'Underlag',
];

async function draftTexts(rows: string[][] | null): Promise<{ blocks: string[]; docx: string[] }> {
  const s = await openImportStore();
  try {
    const fixture = await importTable(
      s.store,
      importClock,
      await readTableFile(readFileSync(FIXTURE)),
      { dryRun: false, importer },
    );
    expect(fixture.kind).toBe('imported');
    if (rows !== null) {
      const more = await importTable(s.store, importClock, await readTableFile(swedishCsv(rows)), {
        dryRun: false,
        importer,
      });
      expect(more.kind).toBe('imported');
    }
    const draft = await loadReportDraft(s.store, importClock);
    if ('kind' in draft) throw new Error(draft.kind);
    return {
      blocks: draft.blocks.map((b) => (b.kind === 'bullet' ? `${b.lead}: ${b.text}` : b.text)),
      docx: await docxParagraphs(await renderReportDocx(draft.blocks, 'Uppföljning')),
    };
  } finally {
    await s.close();
  }
}

describe('outcomes in the report draft', () => {
  it('adds nothing when no report in the round has an outcome', async () => {
    const { blocks } = await draftTexts(null);
    expect(blocks.some((b) => b.includes('Resultat av genomförda aktiviteter'))).toBe(false);
    expect(blocks.some((b) => b.includes(' har genomfört '))).toBe(false);
  });

  it('writes one sentence per completed activity with an outcome, under its goal', async () => {
    const { blocks, docx } = await draftTexts([
      HEADER,
      [
        'Stadskontoret',
        '3',
        'Verksamhetsspecifik',
        'Chefsutbildning om våld',
        'Genomförd',
        'Utbildningen är genomförd.',
        'Alla förvaltningar deltog.',
        '120',
        '150',
        'chefer utbildade',
        SP,
      ],
      [
        'Fritidsförvaltningen',
        '3',
        'Verksamhetsspecifik',
        'Föreningsträffar',
        'Genomförd',
        '',
        '',
        '12',
        '',
        'träffar',
        '',
      ],
      // Genomförd without an outcome: no sentence.
      [
        'Kulturförvaltningen',
        '3',
        'Verksamhetsspecifik',
        'Läsfrämjande',
        'Genomförd',
        'Klart',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
    const start = blocks.findIndex((b) => b.startsWith('5.3 Inriktningsmål 3 - '));
    const end = blocks.findIndex((b, i) => i > start && /^5\.4 /.test(b));
    const goal3 = blocks.slice(start, end);
    const heading = goal3.findIndex((b) => /^5\.3\.\d Resultat av genomförda aktiviteter$/.test(b));
    expect(heading).toBeGreaterThan(0);
    expect(goal3.slice(heading + 1)).toEqual([
      'Fritidsförvaltningen har genomfört "Föreningsträffar". Resultat: 12 träffar.',
      `Stadskontoret har genomfört "Chefsutbildning om våld". Resultat: Alla förvaltningar deltog (120 av 150 chefer utbildade). Underlag: ${SP}.`,
    ]);
    // No other goal gets the section; the DOCX carries the sentences.
    expect(blocks.filter((b) => b.includes('Resultat av genomförda aktiviteter'))).toHaveLength(1);
    expect(docx).toContain(
      'Fritidsförvaltningen har genomfört "Föreningsträffar". Resultat: 12 träffar.',
    );
  });
});
