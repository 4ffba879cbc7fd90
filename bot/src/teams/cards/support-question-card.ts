import type { Translate } from '../../i18n';
import template from './support-question-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/**
 * "Vem gäller det?": the first card of "stöd", three buttons (myself, a colleague, as a
 * manager). Nothing about the user is in it, and the answer is not stored. Pure.
 */
export function buildSupportQuestionCard(t: Translate): AdaptiveCardJson {
  return renderCard(template, {
    title: t('support.ask.title'),
    intro: t('support.ask.intro'),
    self: t('support.ask.self'),
    colleague: t('support.ask.colleague'),
    manager: t('support.ask.manager'),
  });
}
