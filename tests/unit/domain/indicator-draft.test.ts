/**
 * The indicators in the report draft (decision 0032): under each goal chapter, numbered after
 * its own subsections; the whole plan's (and a goal without a chapter) in a chapter of their
 * own; the draft unchanged when the plan has none.
 */
import type { DraftBlock } from '../../../bot/src/domain/followup/report-draft';
import { withIndicatorBlocks } from '../../../bot/src/domain/indicators/indicator-draft';
import type { IndicatorSummary } from '../../../bot/src/domain/indicators/indicator-summary';
import { indicatorTrend } from '../../../bot/src/domain/indicators/indicator-trend';

const indicator = (id: string, goal: number | null): IndicatorSummary => ({
  id,
  name: `Mått ${id}`,
  nameEn: null,
  description: null,
  unit: 'antal',
  direction: 'higher-is-better',
  goal,
  baseline: null,
  target: null,
  source: 'Egen',
  organisation: null,
  kolada: null,
  trend: indicatorTrend({ direction: 'higher-is-better', baseline: null, target: null }, []),
  origin: 'tab',
  activityId: null,
});

const heading = (level: 1 | 2 | 3, text: string): DraftBlock => ({ kind: 'heading', level, text });
const draft: DraftBlock[] = [
  heading(1, '5. Uppföljning av inriktningsmålen'),
  heading(2, '5.1 Inriktningsmål 1 - Ett'),
  heading(3, '5.1.1 Aktiviteter i förvaltningarnas handlingsplaner'),
  { kind: 'paragraph', text: 'Räknemeningen.' },
  heading(3, '5.1.2 Urval av inrapporterad uppföljning'),
  heading(2, '5.2 Inriktningsmål 2 - Två'),
  heading(3, '5.2.1 Aktiviteter i förvaltningarnas handlingsplaner'),
  heading(2, '5.3 Luckor i planens täckning'),
  heading(1, '6. Analys'),
];

const texts = (blocks: readonly DraftBlock[]) =>
  blocks.map((b) => (b.kind === 'bullet' ? `• ${b.lead}` : b.text));

describe('indicators in the report draft', () => {
  it('places each under its goal, after the chapter’s own subsections, the rest at the end', () => {
    const out = withIndicatorBlocks(draft, [
      indicator('a', 2),
      indicator('b', 1),
      indicator('c', null),
      indicator('d', 9),
      indicator('e', 2),
    ]);
    expect(texts(out)).toEqual([
      '5. Uppföljning av inriktningsmålen',
      '5.1 Inriktningsmål 1 - Ett',
      '5.1.1 Aktiviteter i förvaltningarnas handlingsplaner',
      'Räknemeningen.',
      '5.1.2 Urval av inrapporterad uppföljning',
      '5.1.3 Mått',
      '• Mått b',
      '5.2 Inriktningsmål 2 - Två',
      '5.2.1 Aktiviteter i förvaltningarnas handlingsplaner',
      '5.2.2 Mått',
      '• Mått a',
      '• Mått e',
      '5.3 Luckor i planens täckning',
      '6. Analys',
      'Mått för hela planen',
      '• Mått c',
      '• Mått d',
    ]);
    const bullet = out.find((b) => b.kind === 'bullet');
    expect(bullet).toMatchObject({ text: expect.stringContaining('Värden: saknas.') });
  });

  it('closes a goal chapter that ends the draft', () => {
    const out = withIndicatorBlocks(draft.slice(0, 7), [indicator('a', 2)]);
    expect(texts(out).slice(-2)).toEqual(['5.2.2 Mått', '• Mått a']);
  });

  it('leaves a draft without indicators as it was', () => {
    expect(withIndicatorBlocks(draft, [])).toEqual(draft);
  });
});
