import { ORGANISATION_KINDS, REPORT_STATUSES } from '../../domain/types';
import { SUPPORT_CATEGORIES, SUPPORT_STATUSES } from '../../domain/support/support-types';
import { MEETING_KINDS, MEETING_STATUSES, SCHEDULE_STEPS, STEP_OUTCOMES } from '../meeting-schemas';
import { DECISION_KINDS } from '../../domain/minutes/minutes-types';
import { SUPPORT_VERSION_ACTIONS } from '../support-schemas';
import { INDICATOR_DIRECTIONS } from '../../domain/plan-file/plan-document';

/**
 * The SharePoint list schema, in code: the one place that says which lists, columns, types,
 * choices, lookups and indexes Samordna needs. Provisioning creates it; the mappers read and
 * write through it. Every list has `SamordnaId` (indexed, the domain's stable id) so items are
 * found by `$filter` on an indexed column; arrays and nested records are JSON in a
 * multi-line text column (SharePoint has no nested types).
 */

export type ColumnKind =
  'text' | 'note' | 'json' | 'number' | 'boolean' | 'dateTime' | 'choice' | 'lookup';

export interface ColumnSpec {
  /** Internal column name (also the key in an item's `fields`). */
  readonly name: string;
  readonly kind: ColumnKind;
  /** Domain property it holds (absent for columns only people look at, e.g. lookups). */
  readonly prop?: string;
  /** Domain value may be null (an empty SharePoint field reads back as null, else ''). */
  readonly nullable?: boolean;
  readonly indexed?: boolean;
  readonly choices?: readonly string[];
  /** For lookups: the list (display name) it points at. */
  readonly lookupList?: ListName;
}

export const LIST_NAMES = [
  'Planer',
  'Organisationer',
  'Aktiviteter',
  'Statusrapporter',
  'Omgångar',
  'Medlemmar',
  'Möten',
  'Möten-ögonblicksbilder',
  'Möten-schemasteg',
  'Stödinformation',
  'Stödinformation-versioner',
  'Medlemmar-logg',
  'Ersättare',
  'Möten-dagordning',
  'Möten-beslut',
  'Mått-värden',
  'Kolada-cache',
  'Mått-definitioner',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

export interface ListSpec {
  readonly name: ListName;
  readonly description: string;
  /** The built-in Title column holds this domain property. */
  readonly titleProp: string;
  readonly columns: readonly ColumnSpec[];
}

const id: ColumnSpec = { name: 'SamordnaId', kind: 'text', prop: 'id', indexed: true };
const text = (name: string, prop: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  kind: 'text',
  prop,
  ...extra,
});
const col = (
  name: string,
  kind: ColumnKind,
  prop: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({
  name,
  kind,
  prop,
  ...extra,
});

/** `reported` → ReportedByUserId, ReportedByName, ReportedAt: who did it and when. */
const byWhom = (verb: string): ColumnSpec[] => {
  const Verb = verb.charAt(0).toUpperCase() + verb.slice(1);
  return [
    text(`${Verb}ByUserId`, `${verb}ByUserId`),
    text(`${Verb}ByName`, `${verb}ByName`),
    col(`${Verb}At`, 'dateTime', `${verb}At`),
  ];
};

/** A record edited under optimistic concurrency: its version and when it was made and changed. */
const versioned: readonly ColumnSpec[] = [
  col('Version', 'number', 'version'),
  col('CreatedAt', 'dateTime', 'createdAt'),
  col('UpdatedAt', 'dateTime', 'updatedAt'),
];

export const LIST_SCHEMA: readonly ListSpec[] = [
  {
    name: 'Planer',
    description: 'Planer (Fri från våld …) med mål, strategier och kataloger.',
    titleProp: 'title',
    columns: [id, col('PeriodStart', 'number', 'periodStart'), col('PlanData', 'json', 'data')],
  },
  {
    name: 'Organisationer',
    description: 'Förvaltningar och bolag.',
    titleProp: 'name',
    columns: [
      id,
      col('Kind', 'choice', 'kind', { choices: [...ORGANISATION_KINDS] }),
      // The history (decision 0030): validity as local dates, earlier names and handovers as JSON.
      text('ValidFrom', 'validFrom', { nullable: true }),
      text('ValidTo', 'validTo', { nullable: true }),
      col('FormerNames', 'json', 'formerNames', { nullable: true }),
      col('Handovers', 'json', 'handovers', { nullable: true }),
    ],
  },
  {
    name: 'Aktiviteter',
    description: 'Aktiviteter i organisationernas handlingsplaner.',
    titleProp: 'title',
    columns: [
      id,
      text('PlanId', 'planId', { indexed: true }),
      text('OrganisationId', 'organisationId', { indexed: true }),
      { name: 'Organisation', kind: 'lookup', lookupList: 'Organisationer' },
      col('Goal', 'number', 'goal'),
      text('StrategyId', 'strategyId', { nullable: true }),
      // A plan's own ids (decision 0028): text, not a choice of one plan's headings.
      text('Heading', 'heading'),
      col('Description', 'note', 'description'),
      col('FocusAreaIds', 'json', 'focusAreaIds'),
      col('PerspectiveIds', 'json', 'perspectiveIds'),
      col('TargetGroupIds', 'json', 'targetGroupIds'),
      text('PreventionLevel', 'preventionLevel', { nullable: true }),
      col('Direction', 'choice', 'direction', { choices: ['intern', 'malmobor'] }),
      col('Partners', 'json', 'partners'),
      text('Owner', 'owner'),
      text('StartDate', 'startDate', { nullable: true }),
      text('EndDate', 'endDate', { nullable: true }),
      col('Demo', 'boolean', 'demo'),
      ...versioned,
    ],
  },
  {
    name: 'Statusrapporter',
    description: 'Statusrapporter: en historik som bara växer (append-only).',
    titleProp: 'title',
    columns: [
      id,
      text('IdempotencyKey', 'idempotencyKey', { indexed: true }),
      text('ActivityId', 'activityId', { indexed: true }),
      { name: 'Aktivitet', kind: 'lookup', lookupList: 'Aktiviteter' },
      text('RoundId', 'roundId', { indexed: true }),
      col('Status', 'choice', 'status', { choices: REPORT_STATUSES }),
      col('Done', 'note', 'done'),
      col('Next', 'note', 'next'),
      col('Reason', 'note', 'reason'),
      ...byWhom('reported'),
      // A stand-in's report: the absent samordnare it was made for (decision 0022).
      text('OnBehalfOfUserId', 'onBehalfOfUserId', { nullable: true }),
      text('OnBehalfOfName', 'onBehalfOfName', { nullable: true }),
      // The outcome of a Genomförd activity (decision 0027): empty on every other report.
      col('OutcomeResult', 'note', 'outcomeResult', { nullable: true }),
      col('OutcomeReached', 'number', 'outcomeReached', { nullable: true }),
      col('OutcomeTarget', 'number', 'outcomeTarget', { nullable: true }),
      text('OutcomeUnit', 'outcomeUnit', { nullable: true }),
      col('OutcomeLinks', 'json', 'outcomeLinks', { nullable: true }),
    ],
  },
  {
    name: 'Omgångar',
    description: 'Rapporteringsomgångar (inför möte, uppföljning).',
    titleProp: 'title',
    columns: [
      id,
      text('PlanId', 'planId', { indexed: true }),
      col('Kind', 'choice', 'kind', { choices: ['mote', 'uppfoljning'] }),
      col('OpensAt', 'dateTime', 'opensAt'),
      col('ClosesAt', 'dateTime', 'closesAt'),
    ],
  },
  {
    name: 'Medlemmar',
    description: 'Kända användare, deras organisation och roller.',
    titleProp: 'name',
    columns: [
      { ...id, prop: 'userId' },
      text('OrganisationId', 'organisationId', { nullable: true }),
      col('Roles', 'json', 'roles'),
      // Removed members stay as items with this set (delta has no deletes we could rely on).
      col('RemovedAt', 'dateTime', 'removedAt', { nullable: true }),
    ],
  },
  {
    name: 'Möten',
    description: 'Samordningsgruppens möten och dialogmöten.',
    titleProp: 'title',
    columns: [
      id,
      text('PlanId', 'planId', { indexed: true }),
      col('Kind', 'choice', 'kind', { choices: MEETING_KINDS }),
      col('StartsAt', 'dateTime', 'startsAt', { indexed: true }),
      col('EndsAt', 'dateTime', 'endsAt'),
      col('Theme', 'note', 'theme'),
      col('Agenda', 'note', 'agenda'),
      col('Constellation', 'json', 'constellation'),
      // A Teams join link is often longer than a text column's 255 characters.
      col('TeamsLink', 'note', 'teamsLink', { nullable: true }),
      col('Status', 'choice', 'status', { choices: MEETING_STATUSES }),
      text('RoundId', 'roundId', { indexed: true }),
      col('Schedule', 'json', 'schedule'),
      col('Revision', 'number', 'revision'),
      ...versioned,
      // The group-calendar event it was imported from; indexed: an event is imported once.
      text('CalendarEventId', 'calendarEventId', { nullable: true, indexed: true }),
    ],
  },
  {
    name: 'Möten-ögonblicksbilder',
    description: 'Aktiviteternas status när mötets omgång stängdes (en per möte, ändras aldrig).',
    titleProp: 'title',
    columns: [
      { ...id, prop: 'meetingId' },
      text('RoundId', 'roundId', { indexed: true }),
      col('TakenAt', 'dateTime', 'takenAt'),
      col('Entries', 'json', 'entries'),
    ],
  },
  {
    name: 'Möten-schemasteg',
    description:
      'Vad schemaläggaren gjort med varje steg i ett mötes schema (ett per steg och revision).',
    titleProp: 'title',
    columns: [
      id,
      text('MeetingId', 'meetingId', { indexed: true }),
      col('Revision', 'number', 'revision'),
      col('Step', 'choice', 'step', { choices: SCHEDULE_STEPS }),
      col('Outcome', 'choice', 'outcome', { choices: STEP_OUTCOMES }),
      col('Jobs', 'number', 'jobs'),
      col('At', 'dateTime', 'at'),
    ],
  },
  {
    name: 'Stödinformation',
    description: 'HR:s stödinformation. Vem som läser lagras aldrig.',
    titleProp: 'title',
    columns: [
      id,
      col('Body', 'note', 'body'),
      col('Audiences', 'json', 'audiences'),
      col('Category', 'choice', 'category', { choices: SUPPORT_CATEGORIES }),
      col('Contacts', 'json', 'contacts'),
      text('OwnerOrganisationId', 'ownerOrganisationId'),
      col('Status', 'choice', 'status', { choices: SUPPORT_STATUSES }),
      text('ValidFrom', 'validFrom', { nullable: true }),
      text('ValidTo', 'validTo', { nullable: true }),
      col('ReviewedAt', 'dateTime', 'reviewedAt'),
      col('Source', 'note', 'source'),
      col('Demo', 'boolean', 'demo'),
      col('Version', 'number', 'version'),
      col('UpdatedAt', 'dateTime', 'updatedAt'),
      text('UpdatedByName', 'updatedByName'),
    ],
  },
  {
    name: 'Stödinformation-versioner',
    description: 'Versionshistorik för stödinformation (redaktörernas ändringar).',
    titleProp: 'title',
    columns: [
      id,
      text('EntryId', 'entryId', { indexed: true }),
      col('Version', 'number', 'version'),
      col('Action', 'choice', 'action', { choices: SUPPORT_VERSION_ACTIONS }),
      ...byWhom('changed'),
      col('Entry', 'json', 'entry'),
    ],
  },
  {
    name: 'Medlemmar-logg',
    description: 'Vem som ändrade medlemmar och ersättare, när, och hur (före och efter).',
    titleProp: 'title',
    columns: [
      id,
      col('At', 'dateTime', 'at', { indexed: true }),
      text('ActorUserId', 'actorUserId'),
      text('ActorName', 'actorName'),
      text('SubjectUserId', 'subjectUserId', { indexed: true }),
      col('Change', 'json', 'change'),
    ],
  },
  {
    name: 'Ersättare',
    description: 'Ersättare för samordnare som är borta en period (semester, sjukdom).',
    titleProp: 'title',
    columns: [
      id,
      text('OrganisationId', 'organisationId', { indexed: true }),
      text('AbsentUserId', 'absentUserId', { indexed: true }),
      text('AbsentName', 'absentName'),
      text('StandInUserId', 'standInUserId', { indexed: true }),
      text('StandInName', 'standInName'),
      text('FromDate', 'from', { indexed: true }),
      text('ToDate', 'to'),
      ...byWhom('created'),
      col('EndedAt', 'dateTime', 'endedAt', { nullable: true }),
      text('EndedByName', 'endedByName', { nullable: true }),
    ],
  },
  {
    name: 'Möten-dagordning',
    description: 'Samordningens ordning och egna punkter i ett mötes dagordning (en per möte).',
    titleProp: 'title',
    columns: [
      { ...id, prop: 'meetingId' },
      col('ItemOrder', 'json', 'order'),
      col('Added', 'json', 'added'),
      col('UpdatedAt', 'dateTime', 'updatedAt'),
      text('UpdatedByName', 'updatedByName'),
    ],
  },
  {
    name: 'Möten-beslut',
    description: 'Anteckningar, beslut och åtgärder per dagordningspunkt (issue 18, beslut 0025).',
    titleProp: 'title',
    columns: [
      id,
      text('MeetingId', 'meetingId', { indexed: true }),
      text('AgendaItemId', 'agendaItemId'),
      text('ActivityId', 'activityId', { nullable: true, indexed: true }),
      col('Note', 'note', 'note'),
      col('Kind', 'choice', 'kind', { choices: DECISION_KINDS }),
      col('What', 'note', 'what'),
      text('OrganisationId', 'organisationId', { nullable: true, indexed: true }),
      text('DueDate', 'dueDate', { nullable: true }),
      ...byWhom('recorded'),
    ],
  },
  {
    name: 'Mått-värden',
    description:
      'Måttens värden per omgång (issue 19, beslut 0026); ett värde per mått och omgång.',
    titleProp: 'title',
    columns: [
      id,
      text('PlanId', 'planId', { indexed: true }),
      text('IndicatorId', 'indicatorId'),
      text('RoundId', 'roundId'),
      col('Value', 'number', 'value'),
      ...byWhom('entered'),
    ],
  },
  {
    name: 'Kolada-cache',
    description: 'Senast hämtade värden från Kolada per nyckeltal, kommun och år (beslut 0026).',
    titleProp: 'title',
    columns: [{ ...id, prop: 'key' }, col('Series', 'note', 'series')],
  },
  {
    name: 'Mått-definitioner',
    description:
      'Mått som samordningen lagt till i fliken (issue 19, beslut 0032), utöver planfilens.',
    titleProp: 'name',
    columns: [
      id,
      text('PlanId', 'planId', { indexed: true }),
      text('IndicatorId', 'indicatorId'),
      text('NameEn', 'nameEn', { nullable: true }),
      col('Description', 'note', 'description', { nullable: true }),
      text('Unit', 'unit'),
      col('Direction', 'choice', 'direction', { choices: [...INDICATOR_DIRECTIONS] }),
      col('Goal', 'number', 'goal', { nullable: true }),
      col('Baseline', 'json', 'baseline'),
      col('Target', 'json', 'target'),
      text('Source', 'source', { nullable: true }),
      text('OrganisationId', 'organisation', { nullable: true }),
      text('KoladaKpi', 'koladaKpi', { nullable: true }),
      text('ActivityId', 'activityId', { nullable: true }),
      text('UpdatedByName', 'updatedByName'),
      col('UpdatedAt', 'dateTime', 'updatedAt'),
      col('RemovedAt', 'dateTime', 'removedAt', { nullable: true }),
    ],
  },
];

export function listSpec(name: ListName): ListSpec {
  const spec = LIST_SCHEMA.find((l) => l.name === name);
  if (spec === undefined) throw new Error(`No list ${name}`);
  return spec;
}

/** Graph `columnDefinition` for a column (lookups need the target list's id). */
export function columnDefinition(
  column: ColumnSpec,
  listIds: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const base = { name: column.name, indexed: column.indexed === true };
  switch (column.kind) {
    case 'text':
      return { ...base, text: {} };
    case 'note':
    case 'json':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { ...base, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime' } };
    case 'choice':
      return {
        ...base,
        choice: { choices: [...(column.choices ?? [])], displayAs: 'dropDownMenu' },
      };
    case 'lookup':
      return {
        ...base,
        lookup: { listId: listIds.get(column.lookupList ?? '') ?? '', columnName: 'Title' },
      };
  }
}
