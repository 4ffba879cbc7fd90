import type { EvidenceHosts } from '../domain/outcomes/outcome';
import type { Clock } from '../domain/ports/clock.port';
import type { IndicatorDeps } from '../domain/services/indicator-service';
import type { DirectoryPort } from '../domain/ports/directory.port';
import type { RefusedEditsPort } from '../domain/ports/refused-edits.port';
import type { StorePort } from '../domain/ports/store.port';
import type { Logger } from '../logging';
import type { RhythmServices } from '../meetings/rhythm-services';
import type { RateLimiter } from './rate-limit';
import type { TabIdentityResolver } from './tab-identity';

/** What the tab API's modules (http/*-api.ts) are given; composed in compose.ts. */
export interface TabApiDeps {
  readonly store: StorePort;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly identify: TabIdentityResolver;
  readonly mode: 'local' | 'production';
  /** Meetings and reminders (/api/v1/meetings, /api/v1/outbox). */
  readonly rhythm: RhythmServices;
  /** Per-user request budget of the tab API (SAMORDNA_TAB_API_RATE_LIMIT); none in unit setups. */
  readonly rateLimiter?: RateLimiter;
  /** The store's change version (store/change-counting-store.ts); without it nothing is cached. */
  readonly storeVersion?: () => number;
  /** SAMORDNA_DASHBOARD_MAX_AGE_MS: how old a cached dashboard may be (0: not cached). */
  readonly dashboardMaxAgeMs?: number;
  /** Activity edits SharePoint refused for good (SharePoint mode); none otherwise. */
  readonly refusedEdits?: RefusedEditsPort | null;
  /** Where "Personer" finds people (Graph, or the demo users locally); none: search is off. */
  readonly directory?: DirectoryPort | null;
  /** Indicators, their values and Kolada (decision 0026); none in unit setups. */
  readonly indicators?: IndicatorDeps | null;
  /** Where an outcome's evidence link may point (SAMORDNA_EVIDENCE_HOSTS); null: any SharePoint. */
  readonly evidenceHosts?: EvidenceHosts;
}
