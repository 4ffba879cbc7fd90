import {
  FluentProvider,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { messagesFor } from './i18n';
import { HostContext, type HostInfo, type TabTheme } from './teams/teams-context';
import { OverviewView } from './views/OverviewView';

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
});

/** The tab's root: Teams theme (following live changes), language and the current view. */
export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<TabTheme>(host.theme);

  useEffect(() => host.onThemeChange(setTheme), [host]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = host.language;
    document.title = `${messagesFor(host.language).overview} – Samordna`;
  }, [host.language]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
    document.body.style.backgroundColor = themes[theme].colorNeutralBackground3;
  }, [theme]);

  return (
    <HostContext.Provider value={host}>
      <FluentProvider theme={themes[theme]} className={styles.root}>
        <AppHeader />
        <main className={styles.main}>
          <OverviewView />
        </main>
      </FluentProvider>
    </HostContext.Provider>
  );
}
