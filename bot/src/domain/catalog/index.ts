export { DEMO_MEMBERS, demoActivities } from './demo-data';
export type { DemoActivitySeed } from './demo-data';
export { demoRound } from './demo-round';
export { demoSupportEntries } from './demo-support';
export { DEMO_DIRECTORY } from './demo-directory';
