/**
 * An indicator's value for one reporting round (issue 19, decision 0026): entered by Samordning
 * or by the samordnare of the organisation that owns the indicator. One value per plan,
 * indicator and round; a later entry replaces the earlier one.
 */
export interface IndicatorValue {
  readonly planId: string;
  readonly indicatorId: string;
  readonly roundId: string;
  readonly value: number;
  readonly enteredByUserId: string;
  readonly enteredByName: string;
  /** ISO-8601 UTC. */
  readonly enteredAt: string;
}

/** The one key of a value: plan, indicator and round. */
export const indicatorValueKey = (
  v: Pick<IndicatorValue, 'planId' | 'indicatorId' | 'roundId'>,
): string => `${v.planId}:${v.indicatorId}:${v.roundId}`;
