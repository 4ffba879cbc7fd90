import { z } from 'zod';
import type { StoredConversation } from '../domain/ports/runtime-state.port';

/** The team channel choice as both runtime adapters store it (JSON), checked by zod. */
export const teamChannelChoiceSchema = z
  .object({
    conversationId: z.string().min(1),
    chosenByUserId: z.string().min(1),
    chosenAt: z.string().min(1),
  })
  .strict();

/** A conversation's team fields: present when known, absent (not null) when not. */
export function teamFields(
  teamId: string | null | undefined,
  teamName: string | null | undefined,
  channelName: string | null | undefined,
): Pick<StoredConversation, 'teamId' | 'teamName' | 'channelName'> {
  return {
    ...(teamId === null || teamId === undefined ? {} : { teamId }),
    ...(teamName === null || teamName === undefined ? {} : { teamName }),
    ...(channelName === null || channelName === undefined ? {} : { channelName }),
  };
}
