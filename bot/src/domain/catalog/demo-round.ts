import type { ReportingRound } from '../types';

/** DEMO DATA: the round the demo reports belong to (the mid-term follow-up, 2024). */
export const demoRound: ReportingRound = {
  id: 'demo-halvtidsuppfoljning-2024',
  planId: 'fri-fran-vald-2022-2026',
  kind: 'uppfoljning',
  title: 'Halvtidsuppföljning 2024 (demo)',
  opensAt: '2024-01-08T08:00:00.000Z',
  closesAt: '2024-12-31T22:59:59.000Z',
};
