import { Button, Spinner, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import {
  changeSupportStatus,
  fetchSupportEditor,
  fetchSupportVersions,
} from '../api/support-client';
import type {
  EditorEntry,
  SupportStatus,
  SupportStatusAction,
  SupportVersion,
} from '../api/support-types';
import { useApi } from '../api/use-api';
import { Notice } from '../components/Notice';
import { RequestStatus } from '../components/RequestStatus';
import { SupportEntryForm } from '../components/SupportEntryForm';
import { useVisuallyHiddenStyles } from '../components/visually-hidden';
import { useSupportMessages } from '../i18n/use-support-messages';
import { dataLang, formatInstant } from '../support/format';
import { useHost } from '../teams/teams-context';
import { wordWrap } from '../components/word-wrap';
import { useStackStyles } from '../components/stack-styles';
import { ConflictBar } from '../components/ConflictBar';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...wordWrap,
  },
  itemHeading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  badge: {
    ...typographyStyles.caption1Strong,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  published: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder2}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorStatusSuccessForeground3,
  },
  review: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder2}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground3,
  },
  meta: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  history: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    ...typographyStyles.caption1,
  },
  notice: {
    margin: 0,
    ...typographyStyles.body1Strong,
  },
});

type Form = { entry: EditorEntry | null } | null;

/** The status actions that make sense for an entry in `status`. */
function actionsFor(status: SupportStatus): SupportStatusAction[] {
  switch (status) {
    case 'utkast':
      return ['publish', 'review', 'archive'];
    case 'publicerad':
      return ['review', 'archive'];
    case 'arkiverad':
      return ['draft'];
  }
}

function History({ entryId }: { entryId: string }) {
  const styles = useStyles();
  const t = useSupportMessages();
  const { locale } = useHost();
  const [versions, setVersions] = useState<SupportVersion[] | 'loading' | 'error'>('loading');

  useEffect(() => {
    const controller = new AbortController();
    fetchSupportVersions(entryId, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setVersions(result.ok ? result.data : 'error');
      },
      () => {
        if (!controller.signal.aborted) setVersions('error');
      },
    );
    return () => controller.abort();
  }, [entryId]);

  if (versions === 'loading') return <Spinner size="tiny" label={t.historyLoading} />;
  if (versions === 'error') return <p className={styles.meta}>{t.historyError}</p>;
  return (
    <ol className={styles.history} aria-label={t.historyHeading} data-testid="support-history">
      {versions.map((v) => (
        <li key={v.version}>
          {t.historyItem(
            v.version,
            t.historyActions[v.action] ?? v.action,
            v.changedByName,
            formatInstant(v.changedAt, locale),
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * HR's editor: every entry with its status and review flag in text, the status actions,
 * history, and the form for new and changed entries. Only shown to HR (the server refuses
 * everyone else anyway).
 */
export function SupportEditor({
  onChanged,
  organisation,
}: {
  /** Something readers see may have changed: reload the reader list. */
  onChanged: () => void;
  organisation: { id: string; name: string } | null;
}) {
  const styles = useStyles();
  const stack = useStackStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = useSupportMessages();
  const { language, locale } = useHost();
  const baseId = useId();
  const { state, retry } = useApi(fetchSupportEditor);
  const statusTexts = { loading: t.editorLoading, error: t.editorLoadError, retry: t.retry };
  const [form, setForm] = useState<Form>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState<ReadonlySet<string>>(new Set());
  const [focusEntry, setFocusEntry] = useState<string | null>(null);
  const lang = dataLang(language);
  const headingId = (entryId: string) => `${baseId}-entry-${entryId}`;

  // After an action or a save, put focus on the entry it concerned (its buttons may change).
  useEffect(() => {
    if (focusEntry === null || state.status !== 'ready') return;
    const target = document.getElementById(`${baseId}-entry-${focusEntry}`);
    if (target) {
      target.focus();
      setFocusEntry(null);
    }
  }, [state, focusEntry, baseId]);

  const run = async (entry: EditorEntry, action: SupportStatusAction) => {
    setBusy(entry.id);
    setNotice('');
    setFailure(null);
    setConflict(false);
    const result = await changeSupportStatus(entry.id, entry.version, action);
    setBusy(null);
    switch (result.kind) {
      case 'saved':
        setNotice(`${entry.title}: ${t.actionDone[action]}`);
        setFocusEntry(entry.id);
        retry();
        onChanged();
        return;
      case 'conflict':
        setConflict(true);
        return;
      case 'forbidden':
        setFailure(t.editorForbidden);
        return;
      default:
        setFailure(t.actionFailed);
    }
  };

  const toggleHistory = (entryId: string) =>
    setHistoryOpen((open) => {
      const next = new Set(open);
      if (next.has(entryId)) next.delete(entryId);
      else next.add(entryId);
      return next;
    });

  return (
    <section
      className={styles.root}
      aria-labelledby={`${baseId}-heading`}
      data-testid="support-editor"
    >
      <h2 id={`${baseId}-heading`} className={styles.heading}>
        {t.editorHeading}
      </h2>

      <p className={styles.notice} role="status" data-testid="support-editor-notice">
        {notice}
      </p>

      {failure !== null && (
        <Notice intent="error" role="alert">
          {failure}
        </Notice>
      )}

      {conflict && (
        <ConflictBar
          onReload={() => {
            setConflict(false);
            retry();
          }}
        />
      )}

      {form === null ? (
        <div>
          <Button appearance="primary" onClick={() => setForm({ entry: null })}>
            {t.editorNew}
          </Button>
        </div>
      ) : (
        <SupportEntryForm
          key={form.entry === null ? 'new' : `${form.entry.id}:${form.entry.version}`}
          entry={form.entry}
          organisation={organisation}
          onSaved={(saved) => {
            setForm(null);
            setNotice(`${saved.title}: ${t.saved(t.statuses[saved.status])}`);
            setFocusEntry(saved.id);
            retry();
            onChanged();
          }}
          onCancel={() => {
            if (form.entry !== null) setFocusEntry(form.entry.id);
            setForm(null);
          }}
          onConflictReload={(current) => {
            retry();
            setForm(current === null ? null : { entry: current });
          }}
        />
      )}

      <RequestStatus state={state} retry={retry} texts={statusTexts} look="inline" />
      {state.status === 'ready' && state.data.entries.length === 0 && (
        <p className={styles.meta}>{t.editorEmpty}</p>
      )}
      {state.status === 'ready' && state.data.entries.length > 0 && (
        <ul className={stack.m} data-testid="support-editor-list">
          {state.data.entries.map(({ entry, needsReview }) => {
            const titleHidden = <span className={hidden.root}>{` ${entry.title}`}</span>;
            return (
              <li key={entry.id} className={styles.item} data-testid="support-editor-entry">
                <h3 id={headingId(entry.id)} tabIndex={-1} className={styles.itemHeading} {...lang}>
                  {entry.title}
                </h3>
                <ul className={styles.badges} aria-label={t.editorStatus}>
                  <li
                    className={`${styles.badge} ${entry.status === 'publicerad' ? styles.published : ''}`}
                    data-testid="support-status"
                  >
                    {t.statuses[entry.status]}
                  </li>
                  {needsReview && (
                    <li
                      className={`${styles.badge} ${styles.review}`}
                      data-testid="support-needs-review"
                    >
                      {t.editorNeedsReview}
                    </li>
                  )}
                  {entry.demo && <li className={styles.badge}>{t.editorDemo}</li>}
                  <li className={styles.badge}>{t.categories[entry.category]}</li>
                </ul>
                <p className={styles.meta}>
                  {t.editorUpdated(
                    entry.version,
                    formatInstant(entry.updatedAt, locale),
                    entry.updatedByName,
                  )}{' '}
                  {t.editorReviewed(formatInstant(entry.reviewedAt, locale))}
                </p>
                <div className={styles.actions}>
                  {actionsFor(entry.status).map((action) => (
                    <Button
                      key={action}
                      appearance={action === 'publish' ? 'primary' : 'secondary'}
                      disabledFocusable={busy === entry.id}
                      onClick={() => void run(entry, action)}
                      data-action={action}
                    >
                      {t.actions[action]}
                      {titleHidden}
                    </Button>
                  ))}
                  <Button
                    onClick={() => setForm({ entry })}
                    disabledFocusable={busy === entry.id}
                    data-action="edit"
                  >
                    {t.actionEdit}
                    {titleHidden}
                  </Button>
                  <Button
                    appearance="subtle"
                    aria-expanded={historyOpen.has(entry.id)}
                    onClick={() => toggleHistory(entry.id)}
                    data-action="history"
                  >
                    {t.actionHistory}
                    {titleHidden}
                  </Button>
                </div>
                {historyOpen.has(entry.id) && <History entryId={entry.id} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
