/** The tab's pages, chosen by path (the server answers every extension-less /tab/ path with index.html). */
export type Route = 'overview' | 'config';

/** `/tab/config` (the manifest's `configurationUrl`) is the configuration page; anything else is the tab. */
export function routeFromPath(pathname: string): Route {
  return /^\/tab\/config\/?$/.test(pathname) ? 'config' : 'overview';
}

/**
 * The tab's views, chosen by `?view=` (the same names Teams stores in a tab's contentUrl), in
 * navigation order. Adding a view: add its name here, its label in `Messages.viewNames`, and
 * its component in `App.tsx`'s view table.
 */
export const TAB_VIEWS = [
  'oversikt',
  'aktiviteter',
  'moten',
  'dagordning',
  'resultat',
  'stod',
  'data',
  'personer',
] as const;
export type TabView = (typeof TAB_VIEWS)[number];

function isTabView(value: string | null): value is TabView {
  return value !== null && (TAB_VIEWS as readonly string[]).includes(value);
}

/** `?view=<name>` opens that view; anything else (or nothing) is "Översikt". */
export function viewFromSearch(search: string): TabView {
  const view = new URLSearchParams(search).get('view');
  return isTabView(view) ? view : 'oversikt';
}

/**
 * Query parameters that describe the host rather than a view (language, theme and layout
 * overrides, Teams' `context`) and the chosen plan (`plan`, the page frame's plan picker);
 * they are kept when moving between views.
 */
export const HOST_PARAMS = ['lang', 'theme', 'layout', 'context', 'plan'] as const;

/** A view's own parameters (filters, the open activity); empty values are left out. */
export type ViewParams = Readonly<Record<string, string | number | undefined>>;

/**
 * The address of `view` with `params`, keeping the host parameters of `search`. A view's
 * parameters never leak into another view.
 */
export function viewHref(view: TabView, search: string, params: ViewParams = {}): string {
  const current = new URLSearchParams(search);
  const next = new URLSearchParams({ view });
  for (const key of HOST_PARAMS) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') next.set(key, String(value));
  }
  return `/tab/?${next.toString()}`;
}
