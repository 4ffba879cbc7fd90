import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { usePageStyles } from '../components/page-styles';
import { useMessages } from '../i18n/use-messages';
import { connectTabConfig, START_VIEWS, type StartView } from '../teams/tab-config';
import { useHost } from '../teams/teams-context';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

function isStartView(value: string): value is StartView {
  return (START_VIEWS as readonly string[]).includes(value);
}

/** The overview's address, keeping the language and theme overrides a reviewer chose. */
function overviewHref(): string {
  const current = new URLSearchParams(window.location.search);
  const kept = new URLSearchParams();
  for (const key of ['lang', 'theme']) {
    const value = current.get(key);
    if (value !== null) kept.set(key, value);
  }
  const query = kept.toString();
  return query === '' ? '/tab/' : `/tab/?${query}`;
}

/**
 * The configuration page (`/tab/config`): Teams shows it when the tab is added to a channel,
 * group chat or meeting. Inside Teams it enables Save and stores the chosen start view; in a
 * plain browser it explains that and links to the overview.
 */
export function ConfigView() {
  const styles = useStyles();
  const page = usePageStyles();
  const t = useMessages();
  const host = useHost();
  const [view, setView] = useState<StartView | null>('oversikt');
  const inTeams = host.host === 'teams';

  useEffect(() => {
    if (!inTeams) return;
    return connectTabConfig(view, t.configSaveFailed);
  }, [inTeams, view, t.configSaveFailed]);

  return (
    <div className={mergeClasses(page.page, page.narrow)}>
      <div className={page.intro}>
        <h1 className={page.heading}>{t.configHeading}</h1>
        <p className={page.lead}>{t.configLead}</p>
      </div>

      {!inTeams && (
        <MessageBar intent="info" layout="multiline" data-testid="config-browser-notice">
          <MessageBarBody className={styles.notice}>
            <span>{t.configBrowserNotice}</span>
            <span>
              <Link href={overviewHref()}>{t.configOpenOverview}</Link>
            </span>
          </MessageBarBody>
        </MessageBar>
      )}

      <Field label={t.configStartView} hint={t.configStartViewHint}>
        <RadioGroup
          value={view ?? ''}
          onChange={(_event, data) => setView(isStartView(data.value) ? data.value : null)}
        >
          {START_VIEWS.map((option) => (
            <Radio key={option} value={option} label={t.viewNames[option]} />
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}
