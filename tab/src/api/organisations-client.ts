/*
 * "Organisationer" in Personer (bot/src/http/organisations-api.ts, decision 0030): every
 * organisation with its validity and history, and Samordning's renames, merges and splits from
 * a date. A refusal comes back with the server's Swedish (and English) lines.
 */
import { getJson, type ApiResult } from './client';
import { isRecord } from './guards';
import { write } from './plan-period-client';

export interface ListedOrganisation {
  readonly id: string;
  readonly name: string;
  /** 'forvaltning', 'bolag' or 'stadsovergripande-funktion'. */
  readonly kind: string;
  /** The first and last day it exists; null: open-ended. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Earlier names, oldest first, each with its last day. */
  readonly formerNames: readonly { readonly name: string; readonly until: string }[];
  /** The plan's activities (Samordning only: the split places them). */
  readonly activities?: readonly { readonly id: string; readonly title: string }[];
}

export interface OrganisationList {
  readonly plan: { readonly id: string; readonly title: string };
  readonly organisations: readonly ListedOrganisation[];
  readonly canChange: boolean;
}

/** One change as the tab sends it; `from` is the first day it applies. */
export type OrganisationChangeInput =
  | {
      readonly kind: 'rename';
      readonly organisation: string;
      readonly name: string;
      readonly from: string;
    }
  | {
      readonly kind: 'merge';
      readonly organisation: string;
      readonly into: string;
      readonly from: string;
    }
  | {
      readonly kind: 'split';
      readonly organisation: string;
      readonly from: string;
      readonly parts: readonly { readonly id: string; readonly name: string }[];
      /** Activity id → the new organisation's id. */
      readonly activities: Readonly<Record<string, string>>;
    };

/** What the server did, in the reader's language. */
export interface OrganisationChangeDone {
  readonly message: string;
  readonly messageEn: string;
}

const isOrganisationList = (value: unknown): value is OrganisationList =>
  isRecord(value) &&
  isRecord(value['plan']) &&
  Array.isArray(value['organisations']) &&
  typeof value['canChange'] === 'boolean';

/** `GET /api/v1/organisations`: the current plan's view of every organisation. */
export function fetchOrganisations(signal?: AbortSignal): Promise<ApiResult<OrganisationList>> {
  return getJson('/api/v1/organisations', isOrganisationList, signal);
}

/** `POST /api/v1/organisations/changes` (Samordning). */
export function changeOrganisation(input: OrganisationChangeInput, english = false) {
  return write<OrganisationChangeDone>(
    'POST',
    '/api/v1/organisations/changes',
    input,
    (v): v is OrganisationChangeDone =>
      isRecord(v) && typeof v['message'] === 'string' && typeof v['messageEn'] === 'string',
    english,
  );
}
