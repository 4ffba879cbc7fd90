import type { SnapshotEntry } from '../meetings/meeting';
import type { Organisation } from '../types';
import type { AgendaEdits, AgendaItem } from './minutes-types';

/** An activity's latest report, as the agenda needs it (the reason behind a deviation). */
export interface AgendaActivityState extends Pick<
  SnapshotEntry,
  'activityId' | 'organisationId' | 'title' | 'status'
> {
  readonly reason: string;
}

/** An organisation that has activities without a report in the meeting's round. */
export interface AgendaNotReported {
  readonly organisationId: string;
  readonly unreported: number;
  readonly total: number;
}

export interface AgendaInput {
  readonly theme: string;
  readonly activities: readonly AgendaActivityState[];
  readonly notReported: readonly AgendaNotReported[];
  readonly organisations: readonly Organisation[];
  readonly edits?: AgendaEdits | undefined;
}

const THEME_ID = 'tema';
export const agendaIds = {
  theme: THEME_ID,
  activity: (activityId: string): string => `aktivitet:${activityId}`,
  notReported: (organisationId: string): string => `ej-rapporterat:${organisationId}`,
} as const;

/**
 * The next meeting's Dagordning, built from the deviations: the theme first, then activities
 * with avvikelse, then framflyttade, then organisations that have not reported (in the
 * organisations' order), then the items Samordning added. Samordning's order, when stored,
 * comes first; ids it names that no longer exist are ignored, new items keep their built place.
 */
export function buildAgenda(input: AgendaInput): AgendaItem[] {
  const orgOrder = new Map(input.organisations.map((o, i) => [o.id, i]));
  const byOrg = (a: { organisationId: string }, b: { organisationId: string }): number =>
    (orgOrder.get(a.organisationId) ?? Number.MAX_SAFE_INTEGER) -
    (orgOrder.get(b.organisationId) ?? Number.MAX_SAFE_INTEGER);
  const activityItems = (status: 'pagar-med-avvikelse' | 'framflyttad'): AgendaItem[] =>
    input.activities
      .filter((a) => a.status === status)
      .sort((a, b) => byOrg(a, b) || a.title.localeCompare(b.title, 'sv'))
      .map((a) => ({
        id: agendaIds.activity(a.activityId),
        kind: status === 'framflyttad' ? 'postponed' : 'deviation',
        title: a.title,
        activityId: a.activityId,
        organisationId: a.organisationId,
        detail: a.reason,
      }));
  const built: AgendaItem[] = [
    ...(input.theme.trim() === ''
      ? []
      : [
          {
            id: THEME_ID,
            kind: 'theme' as const,
            title: input.theme.trim(),
            activityId: null,
            organisationId: null,
            detail: '',
          },
        ]),
    ...activityItems('pagar-med-avvikelse'),
    ...activityItems('framflyttad'),
    ...[...input.notReported]
      .filter((n) => n.unreported > 0)
      .sort(byOrg)
      .map((n) => ({
        id: agendaIds.notReported(n.organisationId),
        kind: 'not-reported' as const,
        title: input.organisations.find((o) => o.id === n.organisationId)?.name ?? n.organisationId,
        activityId: null,
        organisationId: n.organisationId,
        detail: `${n.unreported}/${n.total}`,
      })),
    ...(input.edits?.added ?? []).map((a) => ({
      id: a.id,
      kind: 'added' as const,
      title: a.title,
      activityId: null,
      organisationId: null,
      detail: '',
    })),
  ];
  const order = input.edits?.order ?? [];
  const rank = new Map(order.map((id, i) => [id, i]));
  return built
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const ra = rank.get(a.item.id);
      const rb = rank.get(b.item.id);
      if (ra !== undefined && rb !== undefined) return ra - rb;
      if (ra !== undefined) return -1;
      if (rb !== undefined) return 1;
      return a.i - b.i;
    })
    .map(({ item }) => item);
}
