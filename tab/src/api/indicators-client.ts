import type { IndicatorSummary } from '../../../bot/src/domain/indicators/indicator-summary';
import { getJson, sendJson, type ApiResult } from './client';
import { isRecord } from './guards';

/** The shapes of /api/v1/indicators (bot/src/http/indicators-api.ts, decision 0026). */
export type IndicatorView = IndicatorSummary & { canEnter: boolean };

export interface IndicatorsView {
  plan: { id: string; title: string } | null;
  rounds: { id: string; title: string; opensAt: string }[];
  indicators: IndicatorView[];
}

const isIndicators = (v: unknown): v is IndicatorsView =>
  isRecord(v) && Array.isArray(v['rounds']) && Array.isArray(v['indicators']);

export function fetchIndicators(
  signal?: AbortSignal,
  plan?: string,
): Promise<ApiResult<IndicatorsView>> {
  const query = plan === undefined ? '' : `?plan=${encodeURIComponent(plan)}`;
  return getJson(`/api/v1/indicators${query}`, isIndicators, signal);
}

export type ValueWrite =
  { kind: 'saved' } | { kind: 'refused'; message: string; messageEn: string } | { kind: 'failed' };

/** Enters a value (as typed) for a round; a refusal carries the server's Swedish message. */
export async function enterValue(
  indicatorId: string,
  roundId: string,
  value: string,
): Promise<ValueWrite> {
  const answer = await sendJson(
    'POST',
    `/api/v1/indicators/${encodeURIComponent(indicatorId)}/values`,
    { roundId, value },
  );
  return writeResult(answer);
}

/** A write's answer: saved (2xx), refused with the server's Swedish message, or failed. */
export function writeResult(answer: { status: number; json: unknown } | null): ValueWrite {
  if (answer === null) return { kind: 'failed' };
  if (answer.status >= 200 && answer.status < 300) return { kind: 'saved' };
  const error = isRecord(answer.json) && isRecord(answer.json['error']) ? answer.json['error'] : {};
  if (typeof error['message'] === 'string') {
    return {
      kind: 'refused',
      message: error['message'],
      messageEn: String(error['messageEn'] ?? error['message']),
    };
  }
  return { kind: 'failed' };
}
