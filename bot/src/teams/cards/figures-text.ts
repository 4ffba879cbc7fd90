import type { Translate } from '../../i18n';

interface Left {
  readonly unreported: number;
  readonly total: number;
}

/**
 * What is left to report, as every card says it (#18 item 1): the organisation's own activities,
 * then the stadsövergripande ones it answers for, counted apart and said so. Pure.
 * "3 av 3 egna; 4 av 4 stadsövergripande (räknas för sig)".
 */
export function unreportedFigures(t: Translate, own: Left, cityWide: Left): string {
  const parts: string[] = [];
  if (own.total > 0) parts.push(t('figures.own', { unreported: own.unreported, total: own.total }));
  if (cityWide.total > 0)
    parts.push(t('figures.cityWide', { unreported: cityWide.unreported, total: cityWide.total }));
  return parts.join('; ');
}
