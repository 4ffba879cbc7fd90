/**
 * The row errors of one import, collected under a cap: the first `IMPORT_LIMITS.listedErrors`
 * are listed with their messages, the rest only counted ("… och 58 900 fel till."). A message
 * may be given as a function, so the costly ones (closest names) are only worked out when
 * they will be listed. Pure.
 */
import { IMPORT_LIMITS, LIMIT_MESSAGES } from './import-limits';
import type { RowError } from './import-types';

/** The longest stretch of a file's own text quoted back in a message. */
const QUOTED_CHARS = 60;

/** A value from the file as a message quotes it: at most 60 characters. */
export function shown(text: string): string {
  return text.length <= QUOTED_CHARS ? text : `${text.slice(0, QUOTED_CHARS - 1)}…`;
}

export class RowErrors {
  private readonly listed: RowError[] = [];
  private total = 0;

  add(row: number | null, message: string | (() => string)): void {
    this.total += 1;
    if (this.listed.length < IMPORT_LIMITS.listedErrors)
      this.listed.push({ row, message: typeof message === 'string' ? message : message() });
  }

  get count(): number {
    return this.total;
  }

  /** Errors listed with their messages so far (each may have cost a closest-name search). */
  get listedCount(): number {
    return this.listed.length;
  }

  /** Errors past the listed ones. */
  get more(): number {
    return this.total - this.listed.length;
  }

  /** The listed errors, and a last line with the count of the rest when there are more. */
  list(): RowError[] {
    return this.more > 0
      ? [...this.listed, { row: null, message: LIMIT_MESSAGES.moreErrors(this.more) }]
      : [...this.listed];
  }
}
