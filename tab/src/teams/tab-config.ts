import type { pages } from '@microsoft/teams-js';
import { TAB_VIEWS, type TabView } from '../routes';

/**
 * The views a configurable tab can start in: every view of the tab, in navigation order (a view
 * added to `TAB_VIEWS` is offered when the tab is added, under its name in `viewNames`).
 */
export const START_VIEWS: readonly TabView[] = TAB_VIEWS;
export type StartView = TabView;

/** What Teams stores for a tab instance that starts in `view`, served from `origin`. */
export function tabInstanceConfig(view: StartView, origin: string): pages.InstanceConfig {
  return {
    entityId: `samordna-${view}`,
    contentUrl: `${origin}/tab/?view=${view}&context=team`,
    websiteUrl: `${origin}/tab/?view=${view}`,
    suggestedDisplayName: 'Samordna',
  };
}

/**
 * Wires the Teams configuration dialog (the manifest's `configurationUrl`): Save is enabled
 * once a view is chosen, and saving stores that view's instance config. Teams keeps one save
 * handler, so calling this again with a new view simply replaces it.
 * Returns a function that stops a still-pending wiring (for effect clean-up).
 */
export function connectTabConfig(view: StartView | null, failureReason: string): () => void {
  let active = true;
  // Already loaded by the host detection, so this resolves from the module cache.
  import('@microsoft/teams-js').then(
    ({ pages }) => {
      if (!active) return;
      try {
        if (view === null) {
          pages.config.setValidityState(false);
          return;
        }
        const config = tabInstanceConfig(view, window.location.origin);
        pages.config.registerOnSaveHandler((saveEvent) => {
          pages.config.setConfig(config).then(
            () => saveEvent.notifySuccess(),
            (error: unknown) => {
              console.warn('Samordna: saving the tab configuration failed', error);
              saveEvent.notifyFailure(failureReason);
            },
          );
        });
        pages.config.setValidityState(true);
      } catch (error) {
        // E.g. /tab/config opened in a Teams frame that is not the configuration dialog.
        console.warn('Samordna: the Teams configuration API is not available here', error);
      }
    },
    (error: unknown) => console.warn('Samordna: could not load teams-js', error),
  );
  return () => {
    active = false;
  };
}
