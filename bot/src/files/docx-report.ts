/** Renders the report draft's blocks as a Word document (docx package). */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DraftBlock } from '../domain/followup/report-draft';

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function paragraph(block: DraftBlock): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: LEVELS[block.level], text: block.text });
    case 'paragraph':
      return new Paragraph({ text: block.text, spacing: { after: 120 } });
    case 'bullet':
      return new Paragraph({
        bullet: { level: 0 },
        spacing: { after: 120 },
        children: [new TextRun({ text: `${block.lead}: `, bold: true }), new TextRun(block.text)],
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
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return Packer.toBuffer(document);
}
