import type { Organisation, Plan } from '../domain/types';

/** A plan as the tab's rounds and organisations answers name it. */
export const planOf = (plan: Pick<Plan, 'id' | 'title'>) => ({ id: plan.id, title: plan.title });

/** An organisation with the days it exists (null: open-ended). */
export const organisationValidity = (o: Organisation) => ({
  id: o.id,
  name: o.name,
  validFrom: o.validFrom ?? null,
  validTo: o.validTo ?? null,
});
