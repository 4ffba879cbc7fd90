/** `GET /api/v1/me`: who the signed-in user is, as the server sees it. */
export interface Me {
  name: string;
  organisation: { id: string; name: string } | null;
  roles: string[];
  mode: 'local' | 'production';
  /** Someone Samordna does not know: whom to ask to be added (decision 0022); null otherwise. */
  notRegistered?: { askSamordning: string[] } | null;
}
