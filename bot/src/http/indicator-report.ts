import { withIndicatorBlocks } from '../domain/indicators/indicator-draft';
import { indicatorExportRows } from '../domain/indicators/indicator-text';
import type { DraftBlock } from '../domain/followup/report-draft';
import { isIndicatorRefusal, loadIndicators } from '../domain/services/indicator-service';
import type { Member } from '../domain/types';
import type { TabApiDeps } from './tab-api-deps';

/*
 * The indicators in the export (a Mått sheet) and in the report draft (under each goal
 * chapter), from the same summaries as the Resultat view (decisions 0026, 0032). Nothing when
 * the plan has none.
 */

export async function indicatorRows(
  deps: Pick<TabApiDeps, 'indicators'>,
  user: Member,
  planId?: string,
): Promise<string[][] | null> {
  if (deps.indicators === undefined || deps.indicators === null) return null;
  const loaded = await loadIndicators(deps.indicators, user, planId);
  if (isIndicatorRefusal(loaded) || loaded.indicators.length === 0) return null;
  return indicatorExportRows(loaded.indicators);
}

/** The draft with each goal chapter's indicators under it (decision 0032). */
export async function withIndicators(
  deps: Pick<TabApiDeps, 'indicators'>,
  planId: string,
  blocks: readonly DraftBlock[],
): Promise<DraftBlock[]> {
  if (deps.indicators === undefined || deps.indicators === null) return [...blocks];
  const loaded = await loadIndicators(deps.indicators, null, planId);
  if (isIndicatorRefusal(loaded)) return [...blocks];
  return withIndicatorBlocks(blocks, loaded.indicators);
}
