import {
  Field,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { fetchMe } from '../api/client';
import { fetchSupport } from '../api/support-client';
import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  type SupportAudience,
  type SupportCategory,
} from '../api/support-types';
import { useApi } from '../api/use-api';
import { DisclosureButton } from '../components/DisclosureButton';
import { PageIntro } from '../components/PageIntro';
import { Page } from '../components/Page';
import { LoadingSpinner, RequestStatus } from '../components/RequestStatus';
import { SupportEntryCard } from '../components/SupportEntryCard';
import { useSupportMessages } from '../i18n/use-support-messages';
import { useStackStyles } from '../components/stack-styles';

// HR's editor (forms, history) is a chunk of its own: readers never download it.
const SupportEditor = lazy(() =>
  import('./SupportEditor').then((module) => ({ default: module.SupportEditor })),
);

type AudienceChoice = SupportAudience | 'alla';
const AUDIENCE_CHOICES: readonly AudienceChoice[] = [...SUPPORT_AUDIENCES, 'alla'];

function isAudienceChoice(value: string): value is AudienceChoice {
  return (AUDIENCE_CHOICES as readonly string[]).includes(value);
}

function isCategory(value: string): value is SupportCategory {
  return (SUPPORT_CATEGORIES as readonly string[]).includes(value);
}

const useStyles = makeStyles({
  privacy: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
  },
  audience: {
    flexWrap: 'wrap',
  },
  category: {
    minWidth: '220px',
    maxWidth: '100%',
  },
  count: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  editor: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
  },
  editorRegion: {
    width: '100%',
  },
});

/**
 * "Stöd": HR's support information for anyone with the app. The reader's choices (who it is
 * about, which category) live only in this component's state: nothing is stored in the
 * browser, put in the address or sent to the server.
 */
export function SupportView() {
  const styles = useStyles();
  const stack = useStackStyles();
  const t = useSupportMessages();
  const { state, retry } = useApi(fetchSupport);
  const statusTexts = { loading: t.supportLoading, error: t.supportLoadError, retry: t.retry };
  const { state: me } = useApi(fetchMe);
  const [audience, setAudience] = useState<AudienceChoice>('alla');
  const [category, setCategory] = useState<SupportCategory | ''>('');
  const [editorOpen, setEditorOpen] = useState(false);
  const editorId = useId();

  const isHr = me.status === 'ready' && me.data.roles.includes('hr');

  const entries = useMemo(
    () =>
      state.status === 'ready'
        ? state.data.entries.filter(
            (entry) =>
              (audience === 'alla' || entry.audiences.includes(audience)) &&
              (category === '' || entry.category === category),
          )
        : [],
    [state, audience, category],
  );

  return (
    <Page>
      <PageIntro heading={t.supportHeading} lead={t.supportLead}>
        <p className={styles.privacy}>{t.supportPrivacy}</p>
      </PageIntro>

      {isHr && (
        <div className={styles.editor}>
          <DisclosureButton
            open={editorOpen}
            onToggle={setEditorOpen}
            labels={[t.editorOpen, t.editorClose]}
            controls={editorId}
            testId="support-editor-toggle"
          />
          {editorOpen && (
            <div id={editorId} className={styles.editorRegion}>
              <Suspense fallback={<LoadingSpinner label={t.editorLoading} />}>
                <SupportEditor
                  onChanged={retry}
                  organisation={me.status === 'ready' ? me.data.organisation : null}
                />
              </Suspense>
            </div>
          )}
        </div>
      )}

      <div className={styles.filters} data-testid="support-filters">
        <Field label={t.supportAudienceQuestion}>
          <RadioGroup
            layout="horizontal"
            className={styles.audience}
            value={audience}
            onChange={(_event, data) => {
              if (isAudienceChoice(data.value)) setAudience(data.value);
            }}
            data-testid="support-audience"
          >
            {AUDIENCE_CHOICES.map((choice) => (
              <Radio key={choice} value={choice} label={t.supportAudienceChoices[choice]} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t.supportCategoryFilter} className={styles.category}>
          <Select
            value={category}
            onChange={(_event, data) => setCategory(isCategory(data.value) ? data.value : '')}
            data-testid="support-category"
          >
            <option value="">{t.supportAllCategories}</option>
            {SUPPORT_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t.categories[value]}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <RequestStatus state={state} retry={retry} texts={statusTexts} testId="support-error" />

      {state.status === 'ready' && (
        <>
          <p className={styles.count} role="status" data-testid="support-count">
            {entries.length === 0 ? t.supportNoEntries : t.supportResultCount(entries.length)}
          </p>
          {entries.length > 0 && (
            <ul className={stack.l} data-testid="support-list">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <SupportEntryCard entry={entry} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
