import { Spinner, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback } from 'react';
import { fetchAudit, type AuditEntry, type Role } from '../../api/people-client';
import { useApi } from '../../api/use-api';
import { usePeopleMessages, type PeopleTexts } from '../../i18n/use-people-messages';
import { DataText } from '../DataText';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  when: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  text: { ...typographyStyles.body1, margin: 0 },
});

type Person = { readonly organisationId: string | null; readonly roles: readonly string[] } | null;

/** One entry in words: "Omar lade till Sara Lind (Samordnare, Fritidsförvaltningen)". */
export function describeEntry(
  t: PeopleTexts,
  entry: AuditEntry,
  organisationName: (id: string) => string,
): string {
  const person = (p: Person): string =>
    p === null
      ? ''
      : t.roleIn(
          p.roles.length === 0 ? t.noRoles : p.roles.map((r) => t.roles[r as Role] ?? r).join(', '),
          p.organisationId === null ? '' : organisationName(p.organisationId),
        );
  const { change } = entry;
  if (change.kind === 'member') {
    const subject = (change.after ?? change.before)?.name ?? '';
    const what =
      entry.action === 'member-changed'
        ? t.changed(person(change.before), person(change.after))
        : person(change.after ?? change.before);
    return t.actions[entry.action](entry.actorName, subject, what);
  }
  const s = change.after;
  const period = `${s.standInName}, ${t.period(t.day(s.from), t.day(s.to))}`;
  const what =
    entry.action === 'stand-in-moved' && change.before !== null
      ? `${period}, ${t.changed(organisationName(change.before.organisationId), organisationName(s.organisationId))}`
      : period;
  return t.actions[entry.action](entry.actorName, s.absentName, what);
}

/** "Ändringslogg": who changed which person or stand-in, when (Samordning only). */
export function AuditList({
  organisations,
  version,
}: {
  organisations: readonly { id: string; name: string }[];
  /** Changes when the list changed, so the log is read again. */
  version: number;
}) {
  const styles = useStyles();
  const t = usePeopleMessages();
  const { state } = useApi(useAuditRequest(version));
  const names = new Map(organisations.map((o) => [o.id, o.name]));

  if (state.status === 'loading') return <Spinner size="small" label={t.auditLoading} />;
  if (state.status === 'error') return <p className={styles.text}>{t.auditError}</p>;
  if (state.data.entries.length === 0) return <p className={styles.text}>{t.auditEmpty}</p>;
  return (
    <ol className={styles.list} data-testid="people-audit">
      {state.data.entries.map((entry) => (
        <li key={entry.id}>
          <span className={styles.when}>{t.instant(entry.at)}</span>{' '}
          <DataText>{describeEntry(t, entry, (id) => names.get(id) ?? id)}</DataText>
        </li>
      ))}
    </ol>
  );
}

/** The log request, new whenever `version` moves (useApi runs it again). */
function useAuditRequest(version: number) {
  return useCallback((signal: AbortSignal) => fetchAudit(signal), [version]);
}
