import { createContext, useContext } from 'react';
import { languageFromLocale, type Language } from '../i18n';

/** The three Teams themes the tab supports. */
export type TabTheme = 'light' | 'dark' | 'contrast';

/** The page layout: the normal page, the meeting side panel (~320 px), or the meeting stage (large type). */
export type TabLayout = 'page' | 'sidePanel' | 'stage';

/**
 * The layout for a Teams frame context, unless `?layout=page|side-panel|stage` overrides it
 * (for testing outside Teams).
 */
export function layoutFor(frameContext: string | null, search: string): TabLayout {
  switch (new URLSearchParams(search).get('layout')) {
    case 'page':
      return 'page';
    case 'side-panel':
      return 'sidePanel';
    case 'stage':
      return 'stage';
  }
  if (frameContext === 'sidePanel') return 'sidePanel';
  if (frameContext === 'meetingStage') return 'stage';
  return 'page';
}

/** Where and how the tab is running, as far as the page can tell. */
export interface HostInfo {
  /** `teams` when teams-js initialised inside a Teams (or other M365) host, otherwise `browser`. */
  host: 'teams' | 'browser';
  language: Language;
  /** The host's locale, e.g. `sv-SE`; `sv-SE` in a plain browser unless overridden. */
  locale: string;
  theme: TabTheme;
  /** Teams frame context (`content`, `sidePanel`, `meetingStage`, …); null in a plain browser. */
  frameContext: string | null;
  layout: TabLayout;
  /**
   * A Teams SSO token for the tab API (`authentication.getAuthToken`), or null in a plain
   * browser, where the local server answers with its dev identity.
   */
  getAuthToken: () => Promise<string | null>;
  /**
   * Calls `handler` whenever the host switches theme. A no-op in a plain browser.
   * Teams keeps a single handler, so the latest registration wins.
   */
  onThemeChange: (handler: (theme: TabTheme) => void) => void;
}

/** How long to wait for the Teams host to answer before treating the page as a plain browser. */
export const TEAMS_INIT_TIMEOUT_MS = 3000;

/** Maps a Teams theme name (`default`, `dark`, `contrast`) to the tab's theme. */
export function themeFromTeams(teamsTheme: string | null | undefined): TabTheme {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}

function isInIframe(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // A cross-origin parent makes `window.top` throw: we are certainly framed.
    return true;
  }
}

/**
 * The plain-browser defaults: Swedish and the light theme. `?lang=en` and
 * `?theme=dark|contrast` override them so tests and reviewers can exercise every variant.
 */
function browserHost(): HostInfo {
  const params = new URLSearchParams(window.location.search);
  const locale = params.get('lang') === 'en' ? 'en-GB' : 'sv-SE';
  return {
    host: 'browser',
    language: languageFromLocale(locale),
    locale,
    theme: themeFromTeams(params.get('theme')),
    frameContext: null,
    layout: layoutFor(null, window.location.search),
    getAuthToken: async () => null,
    onThemeChange: () => undefined,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function teamsHost(): Promise<HostInfo> {
  // Loaded on demand so a plain browser never downloads teams-js.
  const { app, authentication } = await import('@microsoft/teams-js');
  await withTimeout(app.initialize(), TEAMS_INIT_TIMEOUT_MS);
  const context = await withTimeout(app.getContext(), TEAMS_INIT_TIMEOUT_MS);
  const locale = context.app.locale || 'sv-SE';
  void app.notifySuccess();
  return {
    host: 'teams',
    language: languageFromLocale(locale),
    locale,
    theme: themeFromTeams(context.app.theme),
    frameContext: context.page.frameContext ?? null,
    layout: layoutFor(context.page.frameContext ?? null, window.location.search),
    // Teams caches the token and renews it before it expires.
    getAuthToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => {
      app.registerOnThemeChangeHandler((teamsTheme) => handler(themeFromTeams(teamsTheme)));
    },
  };
}

/**
 * Finds out where the tab runs. Inside an iframe it tries the Teams host (with a timeout);
 * anywhere else, or when no host answers, it falls back to the plain-browser defaults.
 */
export async function detectHost(): Promise<HostInfo> {
  if (!isInIframe()) return browserHost();
  try {
    return await teamsHost();
  } catch {
    return browserHost();
  }
}

/** The detected host, provided once at the root of the app. */
export const HostContext = createContext<HostInfo | null>(null);

/** The host the tab runs in; only valid below `HostContext.Provider`. */
export function useHost(): HostInfo {
  const host = useContext(HostContext);
  if (host === null) throw new Error('useHost() used outside HostContext.Provider');
  return host;
}
