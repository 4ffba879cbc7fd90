import { getJson, sendJson, type ApiResult } from './client';
import { isObject } from './guards';

/** The shapes of /api/v1/team-channel (see bot/src/http/team-channel-api.ts). */
export interface ChannelInfo {
  conversationId: string;
  team: string | null;
  channel: string | null;
  /** The team's General channel (Teams gives it no name). */
  general: boolean;
}

export interface TeamChannel {
  /** chosen: posts go to `channel`; none: nobody has chosen; not-installed: the app left the chosen channel. */
  state: 'chosen' | 'none' | 'not-installed';
  channel: ChannelInfo | null;
  canChoose: boolean;
  /** Samordning only. */
  chosenAt?: string | null;
  chosenByName?: string | null;
  candidates?: ChannelInfo[];
}

function isTeamChannel(value: unknown): value is TeamChannel {
  return (
    isObject(value) &&
    ['chosen', 'none', 'not-installed'].includes(String(value['state'])) &&
    typeof value['canChoose'] === 'boolean' &&
    (value['channel'] === null || isObject(value['channel'])) &&
    (value['candidates'] === undefined || Array.isArray(value['candidates']))
  );
}

/** `GET /api/v1/team-channel`. */
export function fetchTeamChannel(signal?: AbortSignal): Promise<ApiResult<TeamChannel>> {
  return getJson('/api/v1/team-channel', isTeamChannel, signal);
}

export type ChooseResult =
  | { kind: 'chosen'; teamChannel: TeamChannel }
  | { kind: 'forbidden' | 'unknown-channel' | 'failed' };

/** `PUT /api/v1/team-channel` (Samordning). */
export async function chooseTeamChannel(conversationId: string): Promise<ChooseResult> {
  const answer = await sendJson('PUT', '/api/v1/team-channel', { conversationId });
  if (answer === null) return { kind: 'failed' };
  if (answer.status === 200 && isTeamChannel(answer.json))
    return { kind: 'chosen', teamChannel: answer.json };
  if (answer.status === 403) return { kind: 'forbidden' };
  if (answer.status === 404) return { kind: 'unknown-channel' };
  return { kind: 'failed' };
}
