import type { MyActivitiesGroup } from '../../domain/services/my-activities';
import type { ReportingRound } from '../../domain/types';
import { formatDate, type Language, type Translate } from '../../i18n';
import template from './my-activities-card.json';
import { renderCard, type AdaptiveCardJson } from './render';
import { statusColor } from './status-style';

/** Keeps the card well inside Teams' payload limit; the rest is in the tab. */
export const MAX_ACTIVITIES_IN_CARD = 30;

export interface MyActivitiesCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly organisationName: string;
  readonly groups: readonly MyActivitiesGroup[];
  readonly total: number;
  readonly demo: boolean;
  /** The round open for reporting, or null. */
  readonly round: ReportingRound | null;
}

/**
 * "Mina aktiviteter": the organisation's activities grouped by inriktningsmål with
 * their latest status. Activity titles are user data and go into TextRuns, which
 * Teams renders without Markdown. Pure.
 */
export function buildMyActivitiesCard(input: MyActivitiesCardInput): AdaptiveCardJson {
  const { t, language } = input;
  let budget = MAX_ACTIVITIES_IN_CARD;
  const groups = [];
  for (const group of input.groups) {
    if (budget <= 0) break;
    const items = group.items.slice(0, budget).map(({ activity, latest }) => ({
      title: activity.title,
      status: latest === null ? t('myActivities.noReport') : t(`status.${latest.status}`),
      color: statusColor(latest?.status ?? null),
      when:
        latest === null
          ? ''
          : t('myActivities.reportedAt', { date: formatDate(language, latest.reportedAt) }),
    }));
    budget -= items.length;
    groups.push({
      heading: t('myActivities.goal', { number: group.goal, title: group.goalTitle }),
      items,
    });
  }
  const shown = MAX_ACTIVITIES_IN_CARD - budget;
  return renderCard(template, {
    title: t('myActivities.title', { organisation: input.organisationName }),
    summary:
      input.total === 0
        ? t('myActivities.empty', { organisation: input.organisationName })
        : t('myActivities.summary', { count: input.total }),
    demoNote: input.demo ? t('myActivities.demo') : '',
    groups,
    more: input.total > shown ? t('myActivities.more', { count: input.total - shown }) : '',
    round:
      input.round === null
        ? t('myActivities.noRound')
        : t('myActivities.round', { round: input.round.title }),
    roundId: input.round?.id ?? '',
    labels: {
      status: t('status.invite.action'),
      newActivity: t('status.list.newActivity'),
    },
  });
}
