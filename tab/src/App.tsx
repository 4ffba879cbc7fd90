import {
  FluentProvider,
  Spinner,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { ViewNav } from './components/ViewNav';
import { messagesFor } from './i18n';
import { viewFromSearch, viewHref, type Route, type TabView } from './routes';
import { HostContext, type HostInfo, type TabTheme } from './teams/teams-context';
import { OverviewView } from './views/OverviewView';

// "Import och export" (upload, preview, downloads) is loaded only when someone opens it.
const DataView = lazy(() =>
  import('./views/DataView').then((module) => ({ default: module.DataView })),
);

// The configuration page is opened once per tab added, so its code (RadioGroup, Field, …) is a
// separate chunk and never part of the overview's initial download.
const ConfigView = lazy(() =>
  import('./views/ConfigView').then((module) => ({ default: module.ConfigView })),
);

// "Stöd" (its Markdown renderer, filters and HR's editor) is loaded only when someone opens it.
const SupportView = lazy(() =>
  import('./views/SupportView').then((module) => ({ default: module.SupportView })),
);

// "Möten" (meetings, reminders, Samordning's planning) is loaded when someone opens it.
const MeetingsView = lazy(() =>
  import('./views/MeetingsView').then((module) => ({ default: module.MeetingsView })),
);

const themes: Record<TabTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
  },
  loading: {
    padding: `${tokens.spacingVerticalXXXL} 0`,
  },
});

/**
 * The tab's root: Teams theme (following live changes), language and the current page: a view
 * (`?view=oversikt|stod`, switched with history.pushState), or the configuration page Teams
 * shows when the tab is added.
 */
export function App({ host, route }: { host: HostInfo; route: Route }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<TabTheme>(host.theme);
  const [view, setView] = useState<TabView>(() => viewFromSearch(window.location.search));

  useEffect(() => host.onThemeChange(setTheme), [host]);

  // Back and forward between views.
  useEffect(() => {
    const onPopState = () => setView(viewFromSearch(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: TabView) => {
    if (viewFromSearch(window.location.search) !== next) {
      window.history.pushState(null, '', viewHref(next, window.location.search));
    }
    setView(next);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = host.language;
    const t = messagesFor(host.language);
    const pageName =
      route === 'config'
        ? t.configHeading
        : view === 'stod'
          ? t.support
          : view === 'data'
            ? t.data
            : view === 'moten'
              ? t.meetings
              : t.overview;
    document.title = `${pageName} – ${t.appName}`;
  }, [host.language, route, view]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
    document.body.style.backgroundColor = themes[theme].colorNeutralBackground3;
  }, [theme]);

  const loading = (label: string) => (
    <Spinner className={styles.loading} label={label} labelPosition="below" />
  );

  return (
    <HostContext.Provider value={host}>
      <FluentProvider theme={themes[theme]} className={styles.root}>
        {route === 'config' ? (
          <main className={styles.main}>
            <Suspense fallback={loading(messagesFor(host.language).configLoading)}>
              <ConfigView />
            </Suspense>
          </main>
        ) : (
          <>
            <AppHeader />
            <ViewNav current={view} onNavigate={navigate} />
            <main className={styles.main}>
              {view === 'stod' ? (
                <Suspense fallback={loading(messagesFor(host.language).supportViewLoading)}>
                  <SupportView />
                </Suspense>
              ) : view === 'data' ? (
                <Suspense fallback={loading(messagesFor(host.language).dataViewLoading)}>
                  <DataView />
                </Suspense>
              ) : view === 'moten' ? (
                <Suspense fallback={loading(messagesFor(host.language).meetingsViewLoading)}>
                  <MeetingsView />
                </Suspense>
              ) : (
                <OverviewView />
              )}
            </main>
          </>
        )}
      </FluentProvider>
    </HostContext.Provider>
  );
}
