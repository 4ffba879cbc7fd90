/**
 * Renders the report draft's blocks as a Word document (docx package). Every text is cleaned
 * first: a stored legacy text with a character XML forbids (U+FFFE, a control character) would
 * make document.xml ill-formed, and a bidi control could disguise the text.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DraftBlock } from '../domain/followup/report-draft';
import { cleanText } from '../domain/text/clean-text';

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function paragraph(block: DraftBlock): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: LEVELS[block.level], text: cleanText(block.text) });
    case 'paragraph':
      return new Paragraph({ text: cleanText(block.text), spacing: { after: 120 } });
    case 'bullet':
      return new Paragraph({
        bullet: { level: 0 },
        spacing: { after: 120 },
        children: [
          new TextRun({ text: `${cleanText(block.lead)}: `, bold: true }),
          new TextRun(cleanText(block.text)),
        ],
      });
  }
}

/** A .docx file of the draft, in Swedish (sv-SE). */
export async function renderReportDocx(
  blocks: readonly DraftBlock[],
  title: string,
): Promise<Buffer> {
  const document = new Document({
    creator: 'Samordna',
    title: cleanText(title),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return Packer.toBuffer(document);
}
