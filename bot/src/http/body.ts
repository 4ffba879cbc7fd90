/**
 * Request bodies are read only by the routes that want one, after authentication and the rate
 * limit, in the one content type each accepts: JSON, or raw bytes for the import upload.
 * There is no multipart parser and nothing is written to disk. A body of another type is
 * refused with 415, one past its limit with 413 (reading stops there), one that is not JSON
 * with 400 — a short Swedish message each, never a library's text.
 *
 * A refused body that was not read is discarded by Node after the answer (so a browser still
 * sending it gets the answer, not a broken connection) when its declared length is at most
 * `DISCARD_AT_MOST`; a longer one, or one of unknown length, has its connection closed instead.
 */
import type { Request } from 'restify';
import { apiError, type ApiError } from './errors';

/**
 * Bot Framework activities are small; a card submit is a few KB, the largest card form
 * (support information) stays far below this. Larger JSON bodies are refused with 413.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * A body, or why it was refused: the status and error to answer (`answerRefusedBody` in
 * authenticated.ts), or status 0 when the client went away and nobody is left to answer.
 */
export type Body<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly status: number;
      readonly error: ApiError | null;
      /** Close the connection after the answer (what is left of the body is not read). */
      readonly close: boolean;
    };

const ABORTED: Body<never> = { ok: false, status: 0, error: null, close: true };

/** The longest unread body Node may read and throw away after a refusal (see above). */
export const DISCARD_AT_MOST = 32 * 1024 * 1024;

function declaredLength(req: Request): number | null {
  const declared = Number(req.header('content-length') ?? 'NaN');
  return Number.isFinite(declared) ? declared : null;
}

/** Whether a refused, unread body is too long (or of unknown length) to be discarded. */
function closeInstead(req: Request): boolean {
  const declared = declaredLength(req);
  return declared === null || declared > DISCARD_AT_MOST;
}

/** The media type of the request, lower case, without parameters ('' when none). */
function mediaType(req: Request): string {
  return (req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function refuse(status: number, sv: string, en: string, code: string, close = false): Body<never> {
  return { ok: false, status, error: apiError(code, sv, en), close };
}

/**
 * The body's bytes, at most `limit`: 'too-large' as soon as the declared length or the bytes
 * received pass it (reading stops there), 'aborted' when the client went away first.
 */
function readBytes(req: Request, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | 'too-large' | 'aborted'): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('close', onAborted);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        req.pause();
        finish('too-large');
      }
    };
    const onEnd = (): void => finish(Buffer.concat(chunks));
    const onAborted = (): void => finish('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('close', onAborted);
  });
}

interface Accepted {
  readonly mediaType: string;
  readonly limit: number;
  /** The 415 message: what to send instead. */
  readonly wrongType: Message;
  readonly tooLarge: Message;
}

interface Message {
  readonly sv: string;
  readonly en: string;
}

/** The bytes of a body of the accepted type within its limit, or the refusal (415, 413). */
async function readAccepted(req: Request, accepted: Accepted): Promise<Body<Buffer>> {
  const { wrongType, tooLarge } = accepted;
  if (mediaType(req) !== accepted.mediaType)
    return refuse(415, wrongType.sv, wrongType.en, 'unsupported-type', closeInstead(req));
  const bytes = await readBytes(req, accepted.limit);
  if (bytes === 'aborted') return ABORTED;
  if (bytes === 'too-large') {
    // Past the limit by its declared length (unread), or while being read (the rest unread).
    const unread = (declaredLength(req) ?? Infinity) > accepted.limit && !req.readableEnded;
    return refuse(413, tooLarge.sv, tooLarge.en, 'too-large', unread && closeInstead(req));
  }
  return { ok: true, value: bytes };
}

/**
 * The request's JSON body (`application/json`, UTF-8, at most `limit` bytes), or a refusal:
 * 415 for another content type (the body is not read), 413 past the limit, 400 for bytes that
 * are not UTF-8 JSON.
 */
export async function readJsonBody(
  req: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<Body<unknown>> {
  const bytes = await readAccepted(req, {
    mediaType: 'application/json',
    limit,
    wrongType: {
      sv: 'Skicka innehållet som JSON (Content-Type: application/json).',
      en: 'Send the content as JSON (Content-Type: application/json).',
    },
    tooLarge: { sv: 'Förfrågan är för stor.', en: 'The request is too large.' },
  });
  if (!bytes.ok) return bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refuse(
      400,
      'Förfrågan kunde inte tolkas.',
      'The request could not be understood.',
      'bad-request',
    );
  }
}

/**
 * The request's bytes as sent (`application/octet-stream`, at most `limit`), or a refusal:
 * 415 for another content type, 413 with `tooLarge` past the limit.
 */
export function readRawBody(req: Request, limit: number, tooLarge: Message): Promise<Body<Buffer>> {
  return readAccepted(req, {
    mediaType: 'application/octet-stream',
    limit,
    wrongType: {
      sv: 'Skicka filen som application/octet-stream.',
      en: 'Send the file as application/octet-stream.',
    },
    tooLarge,
  });
}
