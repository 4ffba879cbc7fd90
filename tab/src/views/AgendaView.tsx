import {
  Button,
  Field,
  Input,
  Link,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import {
  fetchAgenda,
  fetchMinutes,
  saveAgenda,
  sendDecisions,
  type AgendaItem,
  type MinutesView,
} from '../api/minutes-client';
import { useApi } from '../api/use-api';
import { meetingPageFrame } from '../components/page-styles';
import { DecisionForm } from '../components/minutes/DecisionForm';
import { minutesEn, minutesSv } from '../i18n/minutes-texts';
import { useHost } from '../teams/teams-context';

const useStyles = makeStyles({
  root: meetingPageFrame,
  list: {
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemHeading: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  kind: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  muted: { color: tokens.colorNeutralForeground2 },
});

function formatDay(language: string, date: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(`${date}T12:00:00.000Z`));
}

/**
 * "Dagordning" (issue 18 items 4 and 5, decision 0025): the next meeting's agenda built from the
 * deviations; Samordning reorders and adds items, records a note and a decision or action per
 * item, downloads the minutes and sends the decisions. Works in the stage and side panel.
 */
export function AgendaView() {
  const styles = useStyles();
  const host = useHost();
  const english = host.language === 'en';
  const t = english ? minutesEn : minutesSv;
  const meetingParam = new URLSearchParams(window.location.search).get('meeting') ?? 'nasta';
  const request = useCallback(
    (signal: AbortSignal) => fetchAgenda(meetingParam, signal),
    [meetingParam],
  );
  const { state, retry } = useApi(request);
  const [order, setOrder] = useState<AgendaItem[] | null>(null);
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState('');
  const [minutes, setMinutes] = useState<MinutesView | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const meetingId = state.status === 'ready' ? state.data.meeting.id : null;

  const loadMinutes = useCallback(() => {
    if (meetingId === null) return;
    void fetchMinutes(meetingId).then((r) => setMinutes(r.ok ? r.data : null));
  }, [meetingId]);
  useEffect(loadMinutes, [loadMinutes]);
  useEffect(() => {
    if (state.status === 'ready') setOrder(state.data.items);
  }, [state]);

  if (state.status === 'loading') return <Spinner label={t.heading} />;
  if (state.status === 'error') {
    return (
      <section className={styles.root}>
        <h1>{t.heading}</h1>
        <p>{meetingParam === 'nasta' ? t.noMeeting : t.loadFailed}</p>
        <Button onClick={retry}>{t.retry}</Button>
      </section>
    );
  }
  const view = state.data;
  const items = order ?? view.items;
  const names = new Map(view.organisations.map((o) => [o.id, o.name]));
  const allOrganisations = minutes?.organisations ?? view.organisations;
  const when = new Intl.DateTimeFormat(english ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(view.meeting.startsAt));

  const move = (index: number, by: number) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    setOrder(next);
  };
  const save = async (added: { id?: string; title: string }[]) => {
    const existing = items
      .filter((i) => i.kind === 'added')
      .map((i) => ({ id: i.id, title: i.title }));
    const result = await saveAgenda(
      view.meeting.id,
      items.map((i) => i.id),
      [...existing, ...added],
    );
    if (result.kind === 'saved') {
      setStatus(t.saved);
      setTitle('');
      retry();
    } else if (result.kind === 'invalid') {
      setStatus(result.messages.map((m) => (english ? m.messageEn : m.message)).join(' '));
    } else setStatus(t.failed);
  };

  return (
    <section className={styles.root} lang={host.language}>
      <h1>
        {t.heading} – {when}
      </h1>
      <p className={styles.muted}>
        {t.theme}: {view.meeting.theme}
        {view.edited !== null && ` · ${t.edited(view.edited.by)}`}
      </p>
      <ol className={styles.list}>
        {items.map((item, index) => {
          const decisions = (minutes?.decisions ?? []).filter((d) => d.agendaItemId === item.id);
          const organisation = item.organisationId === null ? '' : names.get(item.organisationId);
          return (
            <li key={item.id} className={styles.item}>
              <h2 className={styles.itemHeading}>
                <span className={styles.kind}>{t.kinds[item.kind]}:</span> {item.title}
                {item.kind !== 'not-reported' && organisation ? ` (${organisation})` : ''}
              </h2>
              {item.detail !== '' && (
                <p>
                  {item.kind === 'not-reported'
                    ? t.notReportedDetail(item.detail.split('/')[0] ?? item.detail)
                    : item.detail}
                </p>
              )}
              {decisions.length > 0 && (
                <ul>
                  {decisions.map((d) => (
                    <li key={d.id}>
                      {d.note !== '' && <span>{d.note} </span>}
                      <strong>{d.kind === 'action' ? t.action : t.decision}:</strong> {d.what} –{' '}
                      {d.organisationId === null
                        ? t.wholeGroup
                        : (allOrganisations.find((o) => o.id === d.organisationId)?.name ??
                          d.organisationId)}
                      {d.dueDate !== null && `, ${t.dueOn(formatDay(host.language, d.dueDate))}`}
                    </li>
                  ))}
                </ul>
              )}
              {view.canEdit && (
                <div className={styles.row}>
                  <Button
                    size="small"
                    disabled={index === 0}
                    aria-label={t.moveUp(item.title)}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="small"
                    disabled={index === items.length - 1}
                    aria-label={t.moveDown(item.title)}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    size="small"
                    aria-expanded={open === item.id}
                    onClick={() => setOpen(open === item.id ? null : item.id)}
                  >
                    {t.recordShort}
                  </Button>
                </div>
              )}
              {view.canEdit && open === item.id && (
                <DecisionForm
                  meetingId={view.meeting.id}
                  item={item}
                  organisations={allOrganisations}
                  t={t}
                  english={english}
                  onSaved={() => {
                    setOpen(null);
                    loadMinutes();
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
      {view.canEdit && (
        <div className={styles.row}>
          <Field label={t.addLabel}>
            <Input value={title} onChange={(_, d) => setTitle(d.value)} />
          </Field>
          <Button onClick={() => void save([{ title }])}>{t.add}</Button>
          <Button appearance="primary" onClick={() => void save([])}>
            {t.save}
          </Button>
        </div>
      )}
      <p role="status">{status}</p>
      <h2>{t.decisionsHeading}</h2>
      {(minutes?.decisions.length ?? 0) === 0 && <p>{t.noDecisions}</p>}
      <div className={styles.row}>
        <Link href={`/api/v1/meetings/${encodeURIComponent(view.meeting.id)}/minutes.docx`}>
          {t.docx}
        </Link>
        {view.canEdit && (minutes?.decisions.length ?? 0) > 0 && (
          <Button
            onClick={() =>
              void sendDecisions(view.meeting.id).then((r) =>
                setStatus(r === null ? t.failed : t.sent(r.queued)),
              )
            }
          >
            {t.send}
          </Button>
        )}
      </div>
    </section>
  );
}
