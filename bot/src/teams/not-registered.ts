import type { Translate } from '../i18n';

/**
 * "Du är inte registrerad som samordnare. Be Samordning lägga till dig: {names}." — what someone
 * Samordna does not know as a samordnare is told, with whom to ask; never a silent read-only view.
 */
export function notRegisteredText(t: Translate, askSamordning: readonly string[]): string {
  return askSamordning.length === 0
    ? t('people.notRegistered.nobody')
    : t('people.notRegistered', { names: askSamordning.join(', ') });
}
