import type { TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../deps';
import type { IntentId } from '../intents/intent-data';
import { recogniseQuickly, recognise, type Recognition } from '../intents/recognise';
import { handleGreeting, handleThanks, handleUnknown } from './chat';
import { handleHelp } from './help';
import { handleUseChannel } from './channel';
import { handleAllUnchanged, handleLeft } from './left';
import { handleMeetings, handleNewMeeting, handleRemindNow } from './meetings';
import { handleMyActivities } from './my-activities';
import { handleNextMeeting } from './next-meeting';
import { handleNotReported, handleOrganisationStatus, handleSummary } from './round-status';
import { handleStatus } from './status';
import { handleUntagged } from './untagged';
import { handleDisclosure, handleSupport, handleSupportAdmin } from './support';

type IntentRecognition = Extract<Recognition, { kind: 'intent' }>;
type Route = (
  context: TurnContext,
  deps: TeamsDeps,
  understood: IntentRecognition,
) => Promise<void>;

/** One route per intent: the exact commands and what free text asks for land in the same place. */
const ROUTES: Readonly<Record<IntentId, Route>> = {
  greeting: (context, deps) => handleGreeting(context, deps),
  thanks: (context) => handleThanks(context),
  help: (context, deps) => handleHelp(context, deps),
  left: (context, deps) => handleLeft(context, deps),
  status: (context, deps) => handleStatus(context, deps),
  'my-activities': (context, deps) => handleMyActivities(context, deps),
  'all-unchanged': (context, deps) => handleAllUnchanged(context, deps),
  'next-meeting': (context, deps) => handleNextMeeting(context, deps),
  // Support information: nothing about the asker is logged or stored (routes/support.ts).
  support: (context, deps) => handleSupport(context, deps),
  'support-admin': (context, deps) => handleSupportAdmin(context, deps),
  'not-reported': (context, deps) => handleNotReported(context, deps),
  'remind-now': (context, deps) => handleRemindNow(context, deps),
  meetings: (context, deps) => handleMeetings(context, deps),
  'new-meeting': (context, deps) => handleNewMeeting(context, deps),
  'organisation-status': (context, deps, understood) =>
    understood.organisation === null
      ? handleUnknown(context, deps, 'organisation-status')
      : handleOrganisationStatus(context, deps, understood.organisation),
  summary: (context, deps) => handleSummary(context, deps),
  'use-channel': (context, deps) => handleUseChannel(context, deps),
  untagged: (context, deps) => handleUntagged(context, deps),
};

/**
 * Every message: a disclosure first (answered privately, nothing logged), then an exact command
 * word, then what the words ask for (intents/), and otherwise a fallback that helps. The
 * store is read for the organisation names only when the words need understanding.
 */
export async function handleMessage(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const text = context.activity.text ?? '';
  const recognition =
    recogniseQuickly(text) ??
    recognise({ text, organisations: await deps.store.organisations.list() });
  switch (recognition.kind) {
    case 'disclosure':
      return handleDisclosure(context, deps, recognition.disclosure);
    case 'intent':
      return ROUTES[recognition.intent](context, deps, recognition);
    case 'none':
      return handleUnknown(context, deps, recognition.nearest?.intent ?? null);
  }
}
