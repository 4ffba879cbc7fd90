import { useEffect, useRef, useState } from 'react';
import type { DialogueInput, InvitableOrganisation, Refusal } from '../../api/plan-period-client';

/** One organisation's row as typed: local date and times, the Teams link ('' when none). */
export interface DialogueRow {
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly teamsLink: string;
}

export type DialogueField = keyof DialogueRow;

const EMPTY_ROW: DialogueRow = { date: '', start: '', end: '', teamsLink: '' };

/** Why the rows were not saved: a lead and every line, shown at the top of the form. */
export interface DialogueSummaryText {
  readonly lead: string;
  readonly lines: readonly string[];
}

/** The organisations that exist on some day of the period (both ends included), in order. */
export function organisationsIn(
  organisations: readonly InvitableOrganisation[],
  from: string,
  to: string,
): InvitableOrganisation[] {
  return organisations.filter(
    (o) => (o.validFrom === null || o.validFrom <= to) && (o.validTo === null || from <= o.validTo),
  );
}

const isEmpty = (row: DialogueRow): boolean =>
  row.date === '' && row.start === '' && row.end === '' && row.teamsLink.trim() === '';

/**
 * The rows of "ett dialogmöte per organisation": what is typed, each organisation's problems
 * (the form's own or the server's) and the summary at the top, which takes the focus when it
 * appears so the keyboard and a screen reader start from what needs correcting.
 */
export function useDialogueRows() {
  const [rows, setRows] = useState<Readonly<Record<string, DialogueRow>>>({});
  const [errors, setErrors] = useState<Readonly<Record<string, readonly string[]>>>({});
  const [summary, setSummary] = useState<DialogueSummaryText | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (summary !== null) summaryRef.current?.focus();
  }, [summary]);

  const row = (organisationId: string): DialogueRow => rows[organisationId] ?? EMPTY_ROW;

  const change = (organisationId: string, field: DialogueField, value: string) =>
    setRows((all) => ({
      ...all,
      [organisationId]: { ...(all[organisationId] ?? EMPTY_ROW), [field]: value },
    }));

  /** "Samma tid för alla": the first row's start and end on every row with a date. */
  const sameTime = (organisations: readonly InvitableOrganisation[]) => {
    const first = organisations.map((o) => row(o.id)).find((r) => r.start !== '' && r.end !== '');
    if (first === undefined) return;
    setRows((all) => {
      const next = { ...all };
      for (const o of organisations) {
        const current = all[o.id] ?? EMPTY_ROW;
        if (current.date !== '') next[o.id] = { ...current, start: first.start, end: first.end };
      }
      return next;
    });
  };

  /**
   * The filled rows of the offered organisations as the API's dialogues (empty rows skipped),
   * and a problem for each half-filled row.
   */
  const collect = (
    organisations: readonly InvitableOrganisation[],
    incomplete: (organisation: string) => string,
  ): { dialogues: DialogueInput[]; problems: Record<string, string[]> } => {
    const dialogues: DialogueInput[] = [];
    const problems: Record<string, string[]> = {};
    for (const o of organisations) {
      const r = row(o.id);
      if (isEmpty(r)) continue;
      if (r.date === '' || r.start === '' || r.end === '') problems[o.id] = [incomplete(o.name)];
      else dialogues.push({ organisation: o.id, ...r, teamsLink: r.teamsLink.trim() });
    }
    return { dialogues, problems };
  };

  /** Shows why nothing was saved: at the rows and summarised at the top (focused). */
  const refuse = (
    lead: string,
    lines: readonly string[],
    byOrganisation: Refusal['byOrganisation'],
  ) => {
    setErrors(byOrganisation);
    setSummary({ lead, lines });
  };

  const clearProblems = () => {
    setErrors({});
    setSummary(null);
  };

  const reset = () => {
    setRows({});
    clearProblems();
  };

  return {
    row,
    change,
    sameTime,
    collect,
    errors,
    summary,
    summaryRef,
    refuse,
    clearProblems,
    reset,
  };
}

export type DialogueRowsState = ReturnType<typeof useDialogueRows>;
