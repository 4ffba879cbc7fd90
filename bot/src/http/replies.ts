import type { Request, Response } from 'restify';
import { apiError } from './errors';
import { sendJson } from './send-json';

/** A refusal's words: Swedish first, English second. */
export interface ForbiddenText {
  readonly sv: string;
  readonly en: string;
}

export const ONLY_SAMORDNING: ForbiddenText = {
  sv: 'Det här kan bara Samordning göra.',
  en: 'Only Samordning can do this.',
};

export const NOT_ALLOWED: ForbiddenText = {
  sv: 'Du har inte behörighet till detta.',
  en: 'You are not allowed to do this.',
};

/** 403 with the code `forbidden` and why (by default: only Samordning may do this). */
export function forbidden(res: Response, text: ForbiddenText = ONLY_SAMORDNING): void {
  sendJson(res, 403, apiError('forbidden', text.sv, text.en));
}

/**
 * An error answer: `status` with the code and its words, Swedish first; `extra` (the problems,
 * the current version) goes beside the error.
 */
export function sendError(
  res: Response,
  status: number,
  code: string,
  sv: string,
  en: string,
  extra: Record<string, unknown> = {},
): void {
  sendJson(res, status, { ...apiError(code, sv, en), ...extra });
}

/**
 * The body of a 404 for a plan that is not there: none in the store at all (`requested` null), or
 * not the one asked for.
 */
export function planNotFound(requested?: string | null) {
  return requested === null
    ? apiError('plan-not-found', 'Det finns ingen plan.', 'There is no plan.')
    : apiError('plan-not-found', 'Planen finns inte.', 'The plan does not exist.');
}

/** 400: the body did not have the expected shape. */
export function sendShapeError(res: Response): void {
  sendError(
    res,
    400,
    'invalid',
    'Några uppgifter har fel format.',
    'Some fields have the wrong format.',
  );
}

/** The request's query parameters; a blank value counts as absent. */
export function queryOf(req: Request): Record<string, string> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  return Object.fromEntries([...params.entries()].filter(([, value]) => value.trim() !== ''));
}

/** One query parameter; undefined when absent or blank. */
export function queryParam(req: Request, name: string): string | undefined {
  const value = new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
  return value === null || value.trim() === '' ? undefined : value;
}
