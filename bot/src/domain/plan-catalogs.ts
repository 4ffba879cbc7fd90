/**
 * The catalogs a plan tags its activities with, shared by the stored `Plan` (domain/types.ts)
 * and the plan file (`PlanDocument`), each with its own entry types.
 */
export interface PlanCatalogs<Entry, Level extends Entry = Entry, Heading extends Entry = Entry> {
  readonly focusAreas: readonly Entry[];
  readonly perspectives: readonly Entry[];
  readonly targetGroups: readonly Entry[];
  readonly preventionLevels: readonly Level[];
  readonly headings: readonly Heading[];
}
