import type { Dashboard } from '../../domain/dashboard/types';
import type { Translate } from '../../i18n';
import { buildAnswerCard } from './answer-card';
import type { AdaptiveCardJson } from './render';

export interface OrganisationStatusCardInput {
  readonly t: Translate;
  readonly organisationName: string;
  /** The dashboard filtered to the organisation. */
  readonly dashboard: Dashboard;
  readonly tabUrl: string | null;
}

/** "Läget för fritid": the organisation's key figures in the current round. Pure. */
export function buildOrganisationStatusCard(input: OrganisationStatusCardInput): AdaptiveCardJson {
  const { t, dashboard } = input;
  const figures = dashboard.keyFigures;
  const organisation = input.organisationName;
  const title = t('chat.org.title', { organisation });
  if (figures.activities === 0) {
    return buildAnswerCard({ title, intro: t('chat.org.empty', { organisation }) });
  }
  const of = (count: number) => t('chat.org.of', { count, total: figures.activities });
  return buildAnswerCard({
    title,
    facts: [
      { name: t('chat.org.activities'), value: String(figures.activities) },
      ...(dashboard.round === null
        ? []
        : [{ name: t('chat.org.reported'), value: of(figures.reportedInRound) }]),
      { name: t('chat.org.done'), value: of(figures.genomforda) },
      { name: t('chat.org.deviation'), value: of(figures.avvikelse) },
      { name: t('chat.org.postponed'), value: of(figures.framflyttade) },
    ],
    note: dashboard.round === null ? '' : t('chat.org.round', { round: dashboard.round.title }),
    buttons:
      input.tabUrl === null ? [] : [{ kind: 'url', title: t('help.openTab'), url: input.tabUrl }],
  });
}
