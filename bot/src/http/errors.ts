import { randomUUID } from 'node:crypto';

/** Body of every error answer: a short Swedish message, English second, and a correlation id. Never error.message. */
export interface ApiError {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly messageEn: string;
    readonly correlationId: string;
  };
}

export function apiError(
  code: string,
  message: string,
  messageEn: string,
  correlationId: string = randomUUID(),
): ApiError {
  return { error: { code, message, messageEn, correlationId } };
}
