/** The tab's pages, chosen by path (the server answers every extension-less /tab/ path with index.html). */
export type Route = 'overview' | 'config';

/** `/tab/config` (the manifest's `configurationUrl`) is the configuration page; anything else is the tab. */
export function routeFromPath(pathname: string): Route {
  return /^\/tab\/config\/?$/.test(pathname) ? 'config' : 'overview';
}
