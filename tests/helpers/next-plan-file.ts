/**
 * The next plan period's file as Samordning would write it: the 2022–2026 file copied, with a
 * new id and period and goal 2 reworded (so its suggestion is "similar text", the rest "same
 * text"). For the tab's "Ny planperiod" tests (decision 0031).
 */
import { PLAN_FILES, planFileText } from './plan-documents';

export const OLD_PLAN_ID = 'fri-fran-vald-2022-2026';
export const NEXT_PLAN_ID = 'fri-fran-vald-2027-2030';
export const NEXT_GOAL_2 = 'Staden arbetar aktivt för att förhindra att våldet upprepas';

export function nextPlanText(): string {
  const text = planFileText(PLAN_FILES.malmo);
  const next = text
    .replace(/^id: fri-fran-vald-2022-2026$/m, `id: ${NEXT_PLAN_ID}`)
    .replace(/^period:\n {2}från: 2022\n {2}till: 2026$/m, 'period:\n  från: 2027\n  till: 2030')
    .replace(
      'titel: Staden arbetar aktivt med att förhindra att våld upprepas',
      `titel: ${NEXT_GOAL_2}`,
    );
  if (next === text || !next.includes(NEXT_GOAL_2) || !next.includes('från: 2027'))
    throw new Error('the 2022–2026 plan file changed: update nextPlanText');
  return next;
}

/** A broken plan file: a goal without its title and an unknown key, each on its own line. */
export function brokenPlanText(): string {
  return nextPlanText()
    .replace('titel: Staden bedriver ett verkningsfullt våldsförebyggande arbete', 'titl: x')
    .replace(/^vision:/m, 'visionen:');
}
