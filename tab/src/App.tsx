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
import { lazy, Suspense, useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { messagesFor } from './i18n';
import type { Route } from './routes';
import { HostContext, type HostInfo, type TabTheme } from './teams/teams-context';
import { OverviewView } from './views/OverviewView';

// The configuration page is opened once per tab added, so its code (RadioGroup, Field, …) is a
// separate chunk and never part of the overview's initial download.
const ConfigView = lazy(() =>
  import('./views/ConfigView').then((module) => ({ default: module.ConfigView })),
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
 * The tab's root: Teams theme (following live changes), language and the current page: the
 * overview, or the configuration page Teams shows when the tab is added.
 */
export function App({ host, route }: { host: HostInfo; route: Route }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<TabTheme>(host.theme);

  useEffect(() => host.onThemeChange(setTheme), [host]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = host.language;
    const t = messagesFor(host.language);
    document.title =
      route === 'config' ? `${t.configHeading} – ${t.appName}` : `${t.overview} – ${t.appName}`;
  }, [host.language, route]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
    document.body.style.backgroundColor = themes[theme].colorNeutralBackground3;
  }, [theme]);

  return (
    <HostContext.Provider value={host}>
      <FluentProvider theme={themes[theme]} className={styles.root}>
        {route === 'config' ? (
          <main className={styles.main}>
            <Suspense
              fallback={
                <Spinner
                  className={styles.loading}
                  label={messagesFor(host.language).configLoading}
                  labelPosition="below"
                />
              }
            >
              <ConfigView />
            </Suspense>
          </main>
        ) : (
          <>
            <AppHeader />
            <main className={styles.main}>
              <OverviewView />
            </main>
          </>
        )}
      </FluentProvider>
    </HostContext.Provider>
  );
}
