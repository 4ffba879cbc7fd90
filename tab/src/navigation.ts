import { createContext, useContext } from 'react';
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
