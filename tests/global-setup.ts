import { buildTab } from './helpers/build-tab';

/** Builds the tab once before any test file runs, so browser tests never race on tab/dist. */
export default function globalSetup(): void {
  buildTab();
}
