import type { EvidenceHosts } from '../domain/outcomes/outcome';
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Clock } from '../domain/ports/clock.port';
import type { RuntimeStatePort } from '../domain/ports/runtime-state.port';
import type { StorePort } from '../domain/ports/store.port';
import type { IndicatorDeps } from '../domain/services/indicator-service';
import type { Logger } from '../logging';
import type { RhythmServices } from '../meetings/rhythm-services';

/** The part of botbuilder's CloudAdapter the routes use to write where no one just wrote to the bot. */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/** What the Teams routes depend on. Narrow on purpose: tests pass plain objects. */
export interface TeamsDeps {
  readonly store: StorePort;
  readonly runtime: RuntimeStatePort;
  /** Meetings and reminders (nytt möte, möten, påminn nu). */
  readonly rhythm: RhythmServices;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Public URL of the tab (for "open" buttons), or null. */
  readonly tabUrl: string | null;
  /** For proactive messages (HR's announcement to the samordningsgrupp's channel). */
  readonly adapter: ProactiveAdapter;
  /** The bot's Microsoft App ID; '' in local mode (no credentials). */
  readonly botAppId: string;
  /** Indicators (decision 0026): the report card's value fields; absent, the card has none. */
  readonly indicators?: IndicatorDeps | null;
  /** The hosts an outcome's evidence link may point to (decision 0027); absent or null: any SharePoint. */
  readonly evidenceHosts?: EvidenceHosts;
}
