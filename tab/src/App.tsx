import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { AppHeader } from './components/AppHeader';
import { PlanFrame } from './components/PlanFrame';
import { chosenPlan } from './api/plans-client';
import { ViewNav } from './components/ViewNav';
import { focusHeadingWhenReady } from './focus-heading';
import { messagesFor } from './i18n';
import { NavigationContext, type Navigation } from './navigation';
import { viewFromSearch, viewHref, type Route, type TabView, type ViewParams } from './routes';
import { HostContext, type HostInfo, type TabTheme } from './teams/teams-context';
import { themeFor } from './theme';
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

// "Aktiviteter" and "Stöd" are loaded only when someone opens them.
const ActivitiesView = lazy(() =>
  import('./views/ActivitiesView').then((module) => ({ default: module.ActivitiesView })),
);
const SupportView = lazy(() =>
  import('./views/SupportView').then((module) => ({ default: module.SupportView })),
);

// "Möten" (meetings, reminders, Samordning's planning) is loaded when someone opens it.
const MeetingsView = lazy(() =>
  import('./views/MeetingsView').then((module) => ({ default: module.MeetingsView })),
);

// "Personer" (members, roles, stand-ins, the change log) is loaded when someone opens it.
const PeopleView = lazy(() =>
  import('./views/PeopleView').then((module) => ({ default: module.PeopleView })),
);

// "Dagordning" (agenda, decisions, minutes; decision 0025) is loaded when someone opens it.
const AgendaView = lazy(() =>
  import('./views/AgendaView').then((module) => ({ default: module.AgendaView })),
);

/** Each view's component. A new view adds one line here. */
// "Resultat" (indicators with their trend; decision 0026) is loaded when someone opens it.
const ResultsView = lazy(() =>
  import('./views/ResultsView').then((module) => ({ default: module.ResultsView })),
);

const VIEWS: Record<TabView, () => ReactNode> = {
  oversikt: () => <OverviewView />,
  aktiviteter: () => <ActivitiesView />,
  stod: () => <SupportView />,
  moten: () => <MeetingsView />,
  data: () => <DataView />,
  personer: () => <PeopleView />,
  dagordning: () => <AgendaView />,
  resultat: () => <ResultsView />,
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
 * The tab's root: Teams theme (following live changes), layout (page, meeting side panel,
 * meeting stage), language and the current page: a view (`?view=…`, switched with
 * history.pushState), or the configuration page Teams shows when the tab is added.
 */
export function App({ host, route }: { host: HostInfo; route: Route }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<TabTheme>(host.theme);
  const [search, setSearch] = useState(() => window.location.search);
  const view = viewFromSearch(search);

  useEffect(() => host.onThemeChange(setTheme), [host]);

  // After in-app navigation (not the first load, not a filter change) focus goes to the new
  // view's h1, so keyboard and screen-reader users land on the view they opened.
  const [arrivals, setArrivals] = useState(0);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (arrivals === 0 || mainRef.current === null) return;
    return focusHeadingWhenReady(mainRef.current);
  }, [arrivals]);

  // Back and forward between views.
  useEffect(() => {
    const onPopState = () => {
      setArrivals((n) => n + 1);
      setSearch(window.location.search);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback(
    (next: TabView, params: ViewParams = {}, options: { replace?: boolean } = {}) => {
      const href = viewHref(next, window.location.search, params);
      if (`${window.location.pathname}${window.location.search}` !== href) {
        if (options.replace === true) window.history.replaceState(null, '', href);
        else window.history.pushState(null, '', href);
      }
      if (options.replace !== true) setArrivals((n) => n + 1);
      setSearch(window.location.search);
      if (options.replace !== true) window.scrollTo(0, 0);
    },
    [],
  );
  const navigation = useMemo<Navigation>(() => ({ search, navigate }), [search, navigate]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = host.language;
    const t = messagesFor(host.language);
    const pageName = route === 'config' ? t.configHeading : t.viewNames[view];
    document.title = `${pageName} – ${t.appName}`;
  }, [host.language, route, view]);

  const fluentTheme = useMemo(() => themeFor(theme, host.layout), [theme, host.layout]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    root.dataset['layout'] = host.layout;
    root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
    document.body.style.backgroundColor = fluentTheme.colorNeutralBackground3;
  }, [theme, host.layout, fluentTheme]);

  const loading = (label: string) => (
    <Spinner className={styles.loading} label={label} labelPosition="below" />
  );
  const t = messagesFor(host.language);

  return (
    <HostContext.Provider value={host}>
      <NavigationContext.Provider value={navigation}>
        {/* The layout sits in a div of its own: Fluent gives its portals (a combobox's list) the
            provider's classes, and a full-height layout there would cover the page's top. */}
        <FluentProvider theme={fluentTheme}>
          <div className={styles.root}>
            {route === 'config' ? (
              <main className={styles.main}>
                <Suspense fallback={loading(t.configLoading)}>
                  <ConfigView />
                </Suspense>
              </main>
            ) : (
              <>
                {host.layout === 'page' && <AppHeader />}
                <ViewNav current={view} onNavigate={(next) => navigate(next)} />
                <main className={styles.main} ref={mainRef}>
                  <PlanFrame key={`frame:${chosenPlan(search) ?? ''}`} />
                  {/* Another plan is another page: the view starts afresh (its round, filters). */}
                  <Suspense
                    key={chosenPlan(search) ?? ''}
                    fallback={loading(t.viewLoading.replace('{view}', t.viewNames[view]))}
                  >
                    {VIEWS[view]()}
                  </Suspense>
                </main>
              </>
            )}
          </div>
        </FluentProvider>
      </NavigationContext.Provider>
    </HostContext.Provider>
  );
}
