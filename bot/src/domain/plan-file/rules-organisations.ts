/**
 * The rules of an organisation's history in the plan file (decision 0030): it ends on or after
 * the day it begins, and each former name ended while the organisation existed.
 */
import type { PlanProblem } from './plan-problem';
import { problemAt } from './problem-text';
import { rawAt, rawItems, rawText } from './raw';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateAt = (item: unknown, key: string): string | undefined => {
  const value = rawText(rawAt(item, [key]));
  return value !== undefined && DATE.test(value) ? value : undefined;
};

export function organisationHistoryRules(root: unknown): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const { item, index } of rawItems(root, ['organisationer'])) {
    const at = ['organisationer', index] as const;
    const from = dateAt(item, 'giltig-från');
    const to = dateAt(item, 'giltig-till');
    if (from !== undefined && to !== undefined && to < from) {
      problems.push(
        problemAt(root, [...at, 'giltig-till'], 'validity-order', (f) => ({
          sv: `${f.sv} (${to}) är före "giltig-från" (${from}). Organisationen kan inte upphöra innan den börjar.`,
          en: `${f.en} (${to}) is before "giltig-från" (${from}). The organisation cannot end before it begins.`,
        })),
      );
    }
    for (const former of rawItems(item, ['tidigare-namn'])) {
      const until = dateAt(former.item, 'till');
      if (until === undefined) continue;
      const outside =
        (from !== undefined && until < from) || (to !== undefined && until > to)
          ? { from: from ?? '…', to: to ?? '…' }
          : undefined;
      if (outside === undefined) continue;
      problems.push(
        problemAt(
          root,
          [...at, 'tidigare-namn', former.index, 'till'],
          'former-name-date',
          (f) => ({
            sv: `${f.sv} (${until}) ligger utanför tiden organisationen fanns (${outside.from} – ${outside.to}).`,
            en: `${f.en} (${until}) lies outside the time the organisation existed (${outside.from} – ${outside.to}).`,
          }),
        ),
      );
    }
  }
  return problems;
}
