import type { StatusListView } from '../../domain/services/status-service';
import type { Translate } from '../../i18n';
import { VERBS } from '../actions/verbs';
import { buildAnswerCard } from './answer-card';
import type { AdaptiveCardJson } from './render';

/** At most this many activity titles in the card; the list card shows them all. */
export const LEFT_MAX_ITEMS = 8;

/**
 * "Vad ska jag göra?": the sender's organisation's activities with no report in the open round,
 * with a button that opens the first one's form and one for the whole list. Pure.
 */
export function buildLeftCard(t: Translate, view: StatusListView): AdaptiveCardJson {
  const left = view.groups.flatMap((g) => g.items).filter((item) => !item.reportedInRound);
  const round = view.round.title;
  const organisation = view.organisation.name;
  const list = {
    kind: 'execute' as const,
    title: t('chat.left.list'),
    verb: VERBS.list,
    data: { roundId: view.round.id },
  };
  const first = left[0];
  if (first === undefined) {
    return buildAnswerCard({
      title: t('chat.left.title', { round }),
      intro: t('chat.left.none', { organisation, round }),
      buttons: [list],
    });
  }
  const items = left.slice(0, LEFT_MAX_ITEMS).map((item) => item.activity.title);
  return buildAnswerCard({
    title: t('chat.left.title', { round }),
    intro: t('chat.left.intro', { count: left.length, total: view.total, organisation }),
    items:
      left.length > LEFT_MAX_ITEMS
        ? [...items, t('chat.left.more', { count: left.length - LEFT_MAX_ITEMS })]
        : items,
    buttons: [
      {
        kind: 'execute',
        title: t('chat.left.report'),
        verb: VERBS.open,
        data: { activityId: first.activity.id, roundId: view.round.id },
      },
      list,
    ],
  });
}
