import { randomUUID } from 'node:crypto';
import type { RoundItem, StatusListView } from '../../domain/services/status-service';
import type { Language, Translate } from '../../i18n';
import template from './status-list-card.json';
import { withoutEmptyOrganisation } from './organisation-data';
import { renderCard, type AdaptiveCardJson } from './render';
import { withStatusRefresh } from './status-refresh';

/** Activities per page: keeps the card well inside Teams' payload limit with long titles. */
export const STATUS_PAGE_SIZE = 8;

export interface StatusListCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly view: StatusListView;
  /** Zero-based; clamped to the pages there are. */
  readonly page: number;
  /** The Teams user (AAD object id) the card is for; null when unknown (no auto-refresh). */
  readonly requesterId: string | null;
}

/** Pages needed for `total` activities (at least one, so an empty list still has a page). */
export function statusPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / STATUS_PAGE_SIZE));
}

/** "Oförändrat" copies the latest report into the round: only possible when there is one and the round lacks it. */
function canMarkUnchanged(item: RoundItem): boolean {
  return item.latest !== null && !item.reportedInRound;
}

interface ItemData {
  readonly activityId: string;
  readonly title: string;
  readonly state: string;
  /** "Rapportera", or "Ändra rapport" when the activity is already reported in the round. */
  readonly reportLabel: string;
  readonly unchangedSubmissionId: string;
}

/**
 * "Status inför …": the organisation's activities in the round, grouped by inriktningsmål,
 * with their latest status and whether they are reported in the round, one page at a time.
 * Activity titles and the round title go into TextRuns (no Markdown). Pure apart from the
 * fresh submission ids of the "Oförändrat" buttons (one per button, so each click is its own
 * idempotent action).
 */
export function buildStatusListCard(input: StatusListCardInput): AdaptiveCardJson {
  const { t, view } = input;
  const roundId = view.round.id;
  const all = view.groups.flatMap((group) => group.items.map((item) => ({ group, item })));
  const pages = statusPageCount(all.length);
  const requested = Number.isFinite(input.page) ? Math.trunc(input.page) : 0;
  const page = Math.min(Math.max(0, requested), pages - 1);

  const groups: { goal: number; heading: string; items: ItemData[] }[] = [];
  for (const { group, item } of all.slice(page * STATUS_PAGE_SIZE, (page + 1) * STATUS_PAGE_SIZE)) {
    let current = groups[groups.length - 1];
    if (current === undefined || current.goal !== group.goal) {
      current = {
        goal: group.goal,
        heading: t('status.list.goal', { number: group.goal, title: group.goalTitle }),
        items: [],
      };
      groups.push(current);
    }
    current.items.push({
      activityId: item.activity.id,
      title: item.activity.title,
      state: t('status.list.state', {
        status:
          item.latest === null ? t('status.list.noReport') : t(`status.${item.latest.status}`),
        reported: t(item.reportedInRound ? 'status.list.reported' : 'status.list.notReported'),
      }),
      reportLabel: t(item.reportedInRound ? 'status.list.edit' : 'status.list.report'),
      unchangedSubmissionId: canMarkUnchanged(item) ? randomUUID() : '',
    });
  }

  const organisation = view.organisation.name;
  const onBehalfOf = view.onBehalfOf ?? null;
  // A stand-in's list names its organisation in every action; one's own needs none.
  const organisationId = onBehalfOf === null ? '' : view.organisation.id;
  const card = withoutEmptyOrganisation(
    renderCard(template, {
      roundId,
      organisationId,
      standingIn: onBehalfOf === null ? '' : t('people.standingIn', { name: onBehalfOf.name }),
      title: t('status.list.title', { round: view.round.title }),
      summary:
        view.total === 0
          ? t('status.list.empty', { organisation })
          : t('status.list.summary', {
              organisation,
              reported: view.total - view.unreported,
              total: view.total,
            }),
      groups,
      pageText: pages > 1 ? t('status.list.page', { page: page + 1, pages }) : '',
      hasPrevious: page > 0,
      hasNext: page < pages - 1,
      previousPage: Math.max(0, page - 1),
      nextPage: Math.min(pages - 1, page + 1),
      showAllUnchanged: all.some(({ item }) => canMarkUnchanged(item)),
      labels: {
        report: t('status.list.report'),
        unchanged: t('status.list.unchanged'),
        previous: t('status.list.previous'),
        next: t('status.list.next'),
        allUnchanged: t('status.list.allUnchanged'),
        newActivity: t('status.list.newActivity'),
      },
    }),
  );
  return withStatusRefresh(card, input.requesterId, {
    roundId,
    page,
    ...(organisationId === '' ? {} : { organisationId }),
  });
}
