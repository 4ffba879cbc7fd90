import type { TeamsDeps } from '../deps';
import type { TurnInfo } from '../turn';

/** What the status (report) actions need. */
export type StatusDeps = Pick<TeamsDeps, 'store' | 'clock' | 'indicators' | 'evidenceHosts'>;

/** A parsed Action.Execute: who (from the activity), which verb, the raw data (untrusted). */
export interface ActionContext {
  readonly turn: TurnInfo;
  /** The sender's channel id (MRI, e.g. 29:…) for Universal Actions refresh.userIds. */
  readonly senderId: string | null;
  readonly data: unknown;
  /** The bot's own channel id (28:…, the activity's recipient) for a link to its personal chat. */
  readonly botId?: string | null;
}
