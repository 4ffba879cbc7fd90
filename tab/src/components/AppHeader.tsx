import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { fetchMe } from '../api/client';
import { useApi } from '../api/use-api';
import { useMessages } from '../i18n/use-messages';
import { DataText } from './DataText';
import { useVisuallyHiddenStyles } from './visually-hidden';

const useStyles = makeStyles({
  header: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    '@media (max-width: 480px)': {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    },
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    ...typographyStyles.subtitle2,
    color: tokens.colorNeutralForeground1,
  },
  mark: {
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandForeground1,
    flexShrink: 0,
  },
  user: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    minWidth: 0,
    '@media (max-width: 480px)': {
      alignItems: 'flex-start',
    },
  },
  name: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
  },
  organisation: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
});

/** The header bar: the app's name and who is signed in (from `GET /api/v1/me`). */
export function AppHeader() {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = useMessages();
  const { state } = useApi(fetchMe);

  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <span className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          {t.appName}
        </span>
        {state.status === 'ready' && (
          <p className={styles.user} data-testid="current-user">
            <span className={hidden.root}>{t.signedInAs} </span>
            <span className={styles.name}>{state.data.name}</span>
            <span className={hidden.root}>, </span>
            <span className={styles.organisation}>
              {state.data.organisation ? (
                <DataText>{state.data.organisation.name}</DataText>
              ) : (
                t.noOrganisation
              )}
            </span>
          </p>
        )}
      </div>
    </header>
  );
}
