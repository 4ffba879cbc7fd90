/** Time is an input: inject a clock, never call `new Date()` in the domain. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
