import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../domain/meetings/local-time';
import { DEFAULT_SCHEDULE } from '../../domain/meetings/meeting';
import { validAt } from '../../domain/organisations/organisation-history';
import {
  planMeeting,
  samordningMember,
  type MeetingDeps,
} from '../../domain/meetings/meeting-service';
import { remindNow } from '../../meetings/meeting-changes';
import { meetingInputOf } from '../../meetings/meeting-form';
import { describeProblem, describeWarning } from '../../meetings/meeting-messages';
import { meetingReader, shownTo } from '../../meetings/meeting-reader';
import { loadMeetingsOverview } from '../../meetings/meetings-view';
import {
  buildMeetingFormCard,
  EMPTY_MEETING_FORM,
  type MeetingFormValues,
} from '../cards/meeting-form-card';
import { buildMeetingsListCard } from '../cards/meetings-list-card';
import { formatMeetingTime } from '../cards/reminder-card';
import type { MessageKey } from '../../i18n';
import type { TeamsDeps } from '../deps';
import type { TurnInfo } from '../turn';
import type { ActionResult } from './invoke-response';
import type { ActionContext } from './action-context';
import { meetingFormData } from './verbs';

export type MeetingActionDeps = Pick<TeamsDeps, 'store' | 'clock' | 'rhythm' | 'tabUrl'>;

const meetingDeps = (deps: MeetingActionDeps): MeetingDeps => ({
  store: deps.store,
  clock: deps.clock,
  ...deps.rhythm,
});

const localYear = (deps: MeetingActionDeps, at: Date): number =>
  Number(localDateOf(at, deps.rhythm.settings.timeZone).slice(0, 4));

/**
 * "möten": a year's meetings with the rhythm warning and the nudge list; this year unless
 * `year` says otherwise (the year of a meeting just planned, so the list confirming it shows it).
 */
export async function meetingsList(
  deps: MeetingActionDeps,
  turn: TurnInfo,
  notice = '',
  year = localYear(deps, deps.clock.now()),
): Promise<ActionResult> {
  const reader = await meetingReader(deps.store, turn.userId);
  const canPlan = reader.samordning;
  const overview = await loadMeetingsOverview(deps, year, { samordning: canPlan });
  // A samordnare sees her organisation's dialogue meetings, Samordning all (decision 0033).
  const names = new Map((await deps.store.organisations.list()).map((o) => [o.id, o.name]));
  return {
    kind: 'card',
    card: buildMeetingsListCard({
      t: turn.t,
      language: turn.language,
      overview: {
        ...overview,
        meetings: overview.meetings.filter((v) => shownTo(reader, v.meeting)),
      },
      organisationName: (id) => names.get(id) ?? id,
      canPlan,
      tabUrl: deps.tabUrl,
      notice,
    }),
  };
}

/** "nytt möte": the empty form for Samordning; everyone else a short refusal. */
export async function newMeetingForm(
  deps: MeetingActionDeps,
  turn: TurnInfo,
  values: MeetingFormValues = EMPTY_MEETING_FORM,
  problems: readonly string[] = [],
): Promise<ActionResult> {
  if ((await samordningMember(deps.store, turn.userId)) === null) {
    return { kind: 'message', text: turn.t('meetingForm.forbidden') };
  }
  return {
    kind: 'card',
    card: buildMeetingFormCard({
      t: turn.t,
      // Only organisations that exist today are offered (decision 0030).
      organisations: validAt(await deps.store.organisations.list(), deps.clock.now()),
      values,
      problems,
      submissionId: randomUUID(),
    }),
  };
}

export const onMeetingList = (deps: MeetingActionDeps, ctx: ActionContext) =>
  meetingsList(deps, ctx.turn);
export const onNewMeeting = (deps: MeetingActionDeps, ctx: ActionContext) =>
  newMeetingForm(deps, ctx.turn);

/**
 * Saves the "nytt möte" form. Bad input comes back in the same form with the Swedish
 * reasons and what was typed; nothing is stored. The submission id makes a double click
 * save one meeting. The role comes from the store's member record of the sender.
 */
export async function onMeetingSave(
  deps: MeetingActionDeps,
  ctx: ActionContext,
): Promise<ActionResult> {
  const { t } = ctx.turn;
  const parsed = meetingFormData.safeParse(ctx.data);
  if (!parsed.success) {
    return newMeetingForm(deps, ctx.turn, EMPTY_MEETING_FORM, [t('meeting.problem.timeInvalid')]);
  }
  const form = parsed.data;
  const existing = await deps.rhythm.meetings.getMeeting(`mote-${form.submissionId}`);
  if (existing !== undefined) {
    return meetingsList(deps, ctx.turn, '', localYear(deps, new Date(existing.startsAt)));
  }
  const organisationIds = form.organisationIds
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const input = meetingInputOf(
    {
      ...form,
      organisationIds,
      openDaysBefore: DEFAULT_SCHEDULE.openDaysBefore,
      nudgeDaysBefore: DEFAULT_SCHEDULE.nudgeDaysBefore,
      summaryDaysBefore: DEFAULT_SCHEDULE.summaryDaysBefore,
    },
    deps.rhythm.settings,
  );
  const result = await planMeeting(
    { ...meetingDeps(deps), newId: () => form.submissionId },
    ctx.turn.userId,
    input,
  );
  const values: MeetingFormValues = { ...form };
  switch (result.kind) {
    case 'forbidden':
      return { kind: 'message', text: t('meetingForm.forbidden') };
    case 'invalid':
      return newMeetingForm(
        deps,
        ctx.turn,
        values,
        result.problems.map((p) => describeProblem(t, p)),
      );
    case 'not-found':
    case 'conflict':
      return newMeetingForm(deps, ctx.turn, values, [t('meeting.problem.overlaps')]);
    case 'saved': {
      const notice = [
        t('meetingForm.saved', {
          when: formatMeetingTime(ctx.turn.language, result.meeting.startsAt),
          opens: formatMeetingTime(
            ctx.turn.language,
            result.round?.opensAt ?? result.meeting.startsAt,
          ),
        }),
        result.warning === null ? '' : describeWarning(t, result.warning),
      ]
        .filter((line) => line !== '')
        .join(' ');
      // The list that confirms the meeting is the list of its year (issue 18 item 7).
      return meetingsList(
        deps,
        ctx.turn,
        notice,
        localYear(deps, new Date(result.meeting.startsAt)),
      );
    }
  }
}

/** Why "påminn nu" queued nothing, in words. */
const REMIND_NOW_REFUSED = {
  forbidden: 'meetingForm.forbidden',
  'no-open-round': 'remindNow.noOpenRound',
  'all-reported': 'remindNow.allReported',
} as const satisfies Record<string, MessageKey>;

/** "påminn nu": queue the current round's reminder to those who have not reported. */
export async function remindNowText(deps: MeetingActionDeps, turn: TurnInfo): Promise<string> {
  const { t } = turn;
  if ((await samordningMember(deps.store, turn.userId)) === null) return t('meetingForm.forbidden');
  const delivery = deps.rhythm.delivery;
  if (delivery === null) return t('remindNow.unavailable');
  const result = await remindNow(
    {
      ...deps.rhythm,
      store: deps.store,
      clock: deps.clock,
      outbox: delivery.outbox,
      conversations: deps.rhythm.channel.conversations,
    },
    turn.userId,
  );
  if (result.kind !== 'queued') return t(REMIND_NOW_REFUSED[result.kind]);
  const organisations = result.organisations.map((o) => o.name).join(', ');
  const sent =
    result.unreached.length === 0
      ? t('remindNow.queued', { count: result.recipients, organisations })
      : result.reached === 0
        ? t('remindNow.queuedNone')
        : t('remindNow.queuedSome', { reached: result.reached, count: result.recipients });
  return result.unreached.length === 0
    ? sent
    : `${sent} ${t('remindNow.unreached', {
        names: result.unreached.map((u) => u.name).join(', '),
      })}`;
}

export async function onRemindNow(
  deps: MeetingActionDeps,
  ctx: ActionContext,
): Promise<ActionResult> {
  const text = await remindNowText(deps, ctx.turn);
  return meetingsList(deps, ctx.turn, text);
}
