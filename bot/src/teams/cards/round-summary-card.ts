import type { Dashboard, RoundRef } from '../../domain/dashboard/types';
import type { Language, Translate } from '../../i18n';
import { commandWord } from '../commands';
import { buildAnswerCard } from './answer-card';
import type { CardButton } from './card-buttons';
import type { AdaptiveCardJson } from './render';

export interface RoundSummaryCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly dashboard: Dashboard & { readonly round: RoundRef };
  readonly tabUrl: string | null;
}

/**
 * "Hur många har rapporterat?": how many organisations have reported everything, how many
 * activities are reported, and who is not done. The dashboard's own figures, so they agree
 * with Översikt. Pure.
 */
export function buildRoundSummaryCard(input: RoundSummaryCardInput): AdaptiveCardJson {
  const { t, dashboard } = input;
  const figures = dashboard.keyFigures;
  const total = figures.organisationsWithActivities;
  const missing = dashboard.notReported;
  const percent =
    figures.activities === 0 ? 0 : Math.round((figures.reportedInRound / figures.activities) * 100);
  const buttons: CardButton[] = [];
  if (missing.length > 0) {
    buttons.push({
      kind: 'say',
      title: t('chat.intent.not-reported'),
      text: commandWord('not-reported', input.language),
    });
  }
  if (input.tabUrl !== null)
    buttons.push({ kind: 'url', title: t('help.openTab'), url: input.tabUrl });
  return buildAnswerCard({
    title: t('chat.summary.title', { round: dashboard.round.title }),
    intro: t('chat.summary.organisations', { reported: total - missing.length, total }),
    facts: [
      {
        name: t('chat.summary.activities'),
        value: `${t('chat.org.of', { count: figures.reportedInRound, total: figures.activities })} (${percent} %)`,
      },
      { name: t('chat.org.done'), value: String(figures.genomforda) },
      { name: t('chat.org.deviation'), value: String(figures.avvikelse) },
      { name: t('chat.org.postponed'), value: String(figures.framflyttade) },
    ],
    note:
      missing.length === 0
        ? t('chat.summary.allDone')
        : t('chat.summary.missing', { names: missing.map((m) => m.name).join(', ') }),
    buttons,
  });
}
