/** The tab's pages, chosen by path (the server answers every extension-less /tab/ path with index.html). */
export type Route = 'overview' | 'config';

/** `/tab/config` (the manifest's `configurationUrl`) is the configuration page; anything else is the tab. */
export function routeFromPath(pathname: string): Route {
  return /^\/tab\/config\/?$/.test(pathname) ? 'config' : 'overview';
}

/** The tab's views, chosen by `?view=` (the same names Teams stores in a tab's contentUrl). */
export const TAB_VIEWS = ['oversikt', 'stod', 'moten', 'data'] as const;
export type TabView = (typeof TAB_VIEWS)[number];

function isTabView(value: string | null): value is TabView {
  return value !== null && (TAB_VIEWS as readonly string[]).includes(value);
}

/** `?view=stod` opens "Stöd", `?view=moten` "Möten", `?view=data` "Import och export"; anything else (or nothing) is "Översikt". */
export function viewFromSearch(search: string): TabView {
  const view = new URLSearchParams(search).get('view');
  return isTabView(view) ? view : 'oversikt';
}

/**
 * The address of `view`, keeping every other query parameter of `search` (the language and
 * theme overrides, Teams' `context`). Nothing about what the reader chose inside a view.
 */
export function viewHref(view: TabView, search: string): string {
  const params = new URLSearchParams(search);
  params.set('view', view);
  return `/tab/?${params.toString()}`;
}
