import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { inApp } from '../navigation';
import { useMessages } from '../i18n/use-messages';
import { TAB_VIEWS, viewHref, type TabView } from '../routes';

const useStyles = makeStyles({
  nav: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `0 ${tokens.spacingHorizontalXXL}`,
    '@media (max-width: 480px)': {
      padding: `0 ${tokens.spacingHorizontalM}`,
    },
  },
  link: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    // Room for the current view's underline, so switching does not shift the layout.
    borderBottom: `3px solid transparent`,
    ':hover': {
      color: tokens.colorNeutralForeground1,
      borderBottomColor: tokens.colorNeutralStroke1,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
      borderRadius: tokens.borderRadiusMedium,
    },
    // The current view: bold text and a thick underline, not colour alone.
    '&[aria-current="page"]': {
      ...typographyStyles.body1Strong,
      color: tokens.colorNeutralForeground1,
      borderBottomColor: tokens.colorCompoundBrandStroke,
    },
  },
});

/**
 * The navigation between the tab's views: real links (`?view=…`) that the app follows without
 * reloading; the current one is marked with `aria-current="page"`, bold text and an underline.
 */
export function ViewNav({
  current,
  onNavigate,
}: {
  current: TabView;
  onNavigate: (view: TabView) => void;
}) {
  const styles = useStyles();
  const t = useMessages();

  const follow = (view: TabView) => inApp(() => onNavigate(view));

  return (
    <nav className={styles.nav} aria-label={t.navLabel}>
      <ul className={styles.list}>
        {TAB_VIEWS.map((view) => (
          <li key={view}>
            <a
              className={styles.link}
              href={viewHref(view, window.location.search)}
              aria-current={view === current ? 'page' : undefined}
              onClick={follow(view)}
              data-view={view}
            >
              {t.viewNames[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
