import type { Response } from 'restify';
import { forbidden, sendError, type ForbiddenText } from './replies';

/** The refusals the meeting and minutes routes share. */
export type MeetingRefusal<P> =
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'invalid'; readonly problems: readonly P[] };

/**
 * Answers a refused meeting change: 403 (only Samordning), 404 (no such meeting) or 400 with
 * `invalid`'s words and each problem as `problem` describes it. Nothing was stored.
 */
export function sendMeetingRefusal<P>(
  res: Response,
  refusal: MeetingRefusal<P>,
  invalid: ForbiddenText & { readonly problem: (problem: P) => object },
): void {
  if (refusal.kind === 'forbidden') return forbidden(res);
  if (refusal.kind === 'not-found') {
    return sendError(res, 404, 'not-found', 'Mötet finns inte.', 'The meeting does not exist.');
  }
  sendError(res, 400, 'invalid', invalid.sv, invalid.en, {
    problems: refusal.problems.map(invalid.problem),
  });
}
