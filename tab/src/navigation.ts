import { createContext, useContext, type MouseEvent } from 'react';
import type { TabView, ViewParams } from './routes';

/** Where the reader is (the query string) and how to go elsewhere without reloading. */
export interface Navigation {
  readonly search: string;
  /** Opens `view` with `params`; `replace` updates the address without a history entry (filters). */
  navigate(view: TabView, params?: ViewParams, options?: { replace?: boolean }): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (navigation === null) throw new Error('useNavigation() used outside NavigationContext');
  return navigation;
}

/** A view parameter from the current address, or undefined. */
export function useParam(name: string): string | undefined {
  return new URLSearchParams(useNavigation().search).get(name) ?? undefined;
}

/**
 * A link's click handler that follows it inside the app (no reload) with `go`, but leaves new
 * tabs and windows (Ctrl/Cmd/Shift-click, middle click) to the browser.
 */
export function inApp(go: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    go();
  };
}
