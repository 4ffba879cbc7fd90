import { z } from 'zod';
import type { DeliveryProbe, ProbeResult } from '../domain/ports/delivery-probe.port';
import type { StoredConversation } from '../domain/ports/runtime-state.port';
import { deliveryMarker } from '../domain/delivery/delivery-mark';
import type { GraphHttp } from '../graph/graph-http';
import { odataString } from '../graph/odata';

/** Graph's answers, as far as the probe reads them (one zod mapper for this adapter). */
const installations = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const chat = z.object({ id: z.string().min(1) });
const messagePage = z.object({
  value: z.array(
    z.object({
      from: z
        .object({ application: z.object({ id: z.string() }).nullable().optional() })
        .nullable()
        .optional(),
      attachments: z
        .array(
          z.object({
            contentType: z.string().nullable().optional(),
            content: z.string().nullable().optional(),
          }),
        )
        .optional(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});
type ChatMessage = z.infer<typeof messagePage>['value'][number];

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface GraphDeliveryProbeOptions {
  readonly graph: Pick<GraphHttp, 'get'>;
  /** The Teams app's manifest id (teamsApp.externalId of the user's installation). */
  readonly teamsAppId: string;
  /** The bot's app id: only messages from the bot count. */
  readonly botAppId: string;
  /** Pages of 50 messages read at most before the probe gives up with 'unknown' (default 10). */
  readonly maxPages?: number;
  /** Looked further back than the interrupted send's start, for clock skew (default 5 min). */
  readonly skewMs?: number;
}

/**
 * The delivery probe over Microsoft Graph (decision 0015). A personal chat is found through the
 * user's installation of the app (`GET /users/{id}/teamwork/installedApps?$filter=teamsApp/externalId
 * eq '…'`, then `/chat`; TeamsAppInstallation.ReadForUser.All, the permission proactive install
 * uses), a group chat's conversation id is its Graph chat id. Its messages since the interrupted
 * send (`GET /chats/{id}/messages`, newest first, `$filter` on lastModifiedDateTime; ChatMessage.Read.Chat)
 * are searched for a card from the bot that carries the job's delivery mark. Channels: 'unknown'.
 * Graph failures are thrown (the dispatcher logs them and resends); nothing read is stored.
 */
export class GraphDeliveryProbe implements DeliveryProbe {
  private readonly chats = new Map<string, string>();
  private readonly maxPages: number;
  private readonly skewMs: number;

  constructor(private readonly options: GraphDeliveryProbeOptions) {
    this.maxPages = options.maxPages ?? 10;
    this.skewMs = options.skewMs ?? 5 * 60_000;
  }

  async wasDelivered(
    conversation: StoredConversation,
    jobKey: string,
    since: string,
  ): Promise<ProbeResult> {
    const chatId = await this.chatOf(conversation);
    if (chatId === null) return 'unknown';
    const marker = deliveryMarker(jobKey);
    const after = new Date(Date.parse(since) - this.skewMs).toISOString();
    const filter = encodeURIComponent(`lastModifiedDateTime gt ${after}`);
    let path: string | undefined =
      `/chats/${encodeURIComponent(chatId)}/messages?$top=50` +
      `&$orderby=${encodeURIComponent('lastModifiedDateTime desc')}&$filter=${filter}`;
    for (let page = 0; page < this.maxPages && path !== undefined; page++) {
      const answer = messagePage.parse(await this.options.graph.get(path));
      if (answer.value.some((message) => this.carries(message, marker))) return 'delivered';
      path = answer['@odata.nextLink'];
    }
    return path === undefined ? 'not-delivered' : 'unknown';
  }

  private carries(message: ChatMessage, marker: string): boolean {
    if (message.from?.application?.id !== this.options.botAppId) return false;
    return (message.attachments ?? []).some(
      (a) => a.contentType === ADAPTIVE_CARD && (a.content ?? '').includes(`"${marker}"`),
    );
  }

  /** The Graph chat id of a conversation, or null where the probe cannot look. */
  private async chatOf(conversation: StoredConversation): Promise<string | null> {
    if (conversation.conversationType === 'groupChat') return conversation.conversationId;
    if (conversation.conversationType !== 'personal' || conversation.userId === null) return null;
    const userId = conversation.userId;
    const known = this.chats.get(userId);
    if (known !== undefined) return known;
    const user = `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;
    const filter = encodeURIComponent(
      `teamsApp/externalId eq ${odataString(this.options.teamsAppId)}`,
    );
    const found = installations.parse(
      await this.options.graph.get(`${user}?$expand=teamsApp&$filter=${filter}`),
    );
    const installation = found.value[0];
    if (installation === undefined) return null;
    const { id } = chat.parse(
      await this.options.graph.get(`${user}/${encodeURIComponent(installation.id)}/chat`),
    );
    this.chats.set(userId, id);
    return id;
  }
}
