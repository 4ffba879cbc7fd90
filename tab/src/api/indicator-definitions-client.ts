import type { DefinitionChoices } from '../../../bot/src/domain/services/indicator-definition-service';
import type {
  DefinitionProblem,
  IndicatorDefinitionInput,
} from '../../../bot/src/domain/indicators/indicator-definition-input';
import { getJson, sendJson, type ApiResult } from './client';
import { isRecord } from './guards';
import { writeResult, type ValueWrite } from './indicators-client';

/** The shapes of /api/v1/indicator-definitions (bot/src/http/indicator-definitions-api.ts, 0032). */
export type { DefinitionChoices, DefinitionProblem };

/** The definition form as typed: every field a string ('' for none). */
export type DefinitionForm = Record<keyof IndicatorDefinitionInput, string>;

const isChoices = (v: unknown): v is DefinitionChoices =>
  isRecord(v) &&
  typeof v['canDefine'] === 'boolean' &&
  Array.isArray(v['goals']) &&
  Array.isArray(v['organisations']) &&
  Array.isArray(v['activities']) &&
  Array.isArray(v['defined']);

export function fetchDefinitionChoices(
  signal?: AbortSignal,
): Promise<ApiResult<DefinitionChoices>> {
  return getJson('/api/v1/indicator-definitions', isChoices, signal);
}

/** A save's answer; a refusal also carries each field's problem. */
export type DefinitionWrite = ValueWrite & { problems?: readonly DefinitionProblem[] };

const problemsOf = (json: unknown): DefinitionProblem[] =>
  isRecord(json) && Array.isArray(json['problems'])
    ? json['problems'].filter(
        (p): p is DefinitionProblem =>
          isRecord(p) && typeof p['field'] === 'string' && typeof p['message'] === 'string',
      )
    : [];

/** Creates (no id) or changes (id) an indicator defined in the tab. */
export async function saveDefinition(
  id: string | null,
  form: DefinitionForm,
): Promise<DefinitionWrite> {
  const answer =
    id === null
      ? await sendJson('POST', '/api/v1/indicator-definitions', form)
      : await sendJson('PUT', `/api/v1/indicator-definitions/${encodeURIComponent(id)}`, form);
  return { ...writeResult(answer), problems: problemsOf(answer?.json) };
}

/** Removes an indicator defined in the tab (its values stay stored). */
export async function removeDefinition(id: string): Promise<ValueWrite> {
  return writeResult(
    await sendJson('DELETE', `/api/v1/indicator-definitions/${encodeURIComponent(id)}`),
  );
}
