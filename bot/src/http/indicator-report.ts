import { indicatorDraftBlocks } from '../domain/indicators/indicator-draft';
import { indicatorExportRows } from '../domain/indicators/indicator-text';
import type { DraftBlock } from '../domain/followup/report-draft';
import { isIndicatorRefusal, loadIndicators } from '../domain/services/indicator-service';
import type { Member } from '../domain/types';
import type { TabApiDeps } from './tab-api-deps';

/*
 * The indicators in the export (a Mått sheet) and in the report draft (a Mått chapter), from
 * the same summaries as the Resultat view (decision 0026). Nothing when the plan has none.
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

export async function indicatorBlocks(
  deps: Pick<TabApiDeps, 'indicators'>,
  planId: string,
): Promise<DraftBlock[]> {
  if (deps.indicators === undefined || deps.indicators === null) return [];
  const loaded = await loadIndicators(deps.indicators, null, planId);
  if (isIndicatorRefusal(loaded)) return [];
  return indicatorDraftBlocks(loaded.indicators, loaded.plan.goals);
}
