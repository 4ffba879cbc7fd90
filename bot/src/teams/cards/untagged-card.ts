import type { UntaggedResult } from '../../domain/services/untagged';
import type { Translate } from '../../i18n';
import { VERBS } from '../actions/verbs';
import { buildAnswerCard } from './answer-card';
import type { CardButton } from './card-buttons';
import type { AdaptiveCardJson } from './render';

/** At most this many titles in the card, and "Tagga" buttons (Teams shows about six actions). */
export const UNTAGGED_MAX_ITEMS = 10;
export const UNTAGGED_MAX_BUTTONS = 4;
/** A button title holds the activity's title up to this many characters. */
const BUTTON_TITLE_CHARS = 28;

/** The title cut at a word boundary with an ellipsis, so a button says which activity it tags. */
export function shortTitle(title: string, max = BUTTON_TITLE_CHARS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Samordning's lines on the share tagged per organisation. */
export const UNTAGGED_MAX_ORGANISATIONS = 15;

/**
 * "Otaggade": the tagging worklist. The organisation's activities with no fokusområde,
 * perspektiv or målgrupp, each a "Tagga" button away from the activity form (where the tags
 * are chosen); for Samordning, the share tagged per organisation. Pure.
 */
export function buildUntaggedCard(
  t: Translate,
  view: Extract<UntaggedResult, { kind: 'ok' }>,
): AdaptiveCardJson {
  const organisation = view.organisation.name;
  const count = view.untagged.length;
  const facts = (view.perOrganisation ?? []).slice(0, UNTAGGED_MAX_ORGANISATIONS).map((o) => ({
    name: o.organisationName,
    value: t('untagged.share', { tagged: o.tagged, total: o.total }),
  }));
  const note = view.perOrganisation === null ? t('untagged.why') : t('untagged.perOrganisation');
  if (count === 0) {
    return buildAnswerCard({
      title: t('untagged.title', { organisation }),
      intro:
        view.total === 0
          ? t('untagged.noActivities', { organisation })
          : t('untagged.none', { organisation, total: view.total }),
      facts,
      ...(facts.length > 0 ? { note } : {}),
    });
  }
  const titles = view.untagged.slice(0, UNTAGGED_MAX_ITEMS).map((a) => a.title);
  const buttons: CardButton[] = view.untagged.slice(0, UNTAGGED_MAX_BUTTONS).map((a) => ({
    kind: 'execute',
    title: t('untagged.tag', { title: shortTitle(a.title) }),
    verb: VERBS.editActivity,
    data: { activityId: a.id },
  }));
  return buildAnswerCard({
    title: t('untagged.title', { organisation }),
    intro: t('untagged.intro', { count, total: view.total, organisation }),
    items: [
      ...titles,
      ...(count > UNTAGGED_MAX_ITEMS
        ? [t('untagged.more', { count: count - UNTAGGED_MAX_ITEMS })]
        : []),
    ],
    facts,
    note,
    buttons,
  });
}
