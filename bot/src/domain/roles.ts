import type { Member } from './types';

/** The one Samordning role check: does this member (or caller) hold the role Samordning? None: no. */
export const isSamordning = (member: Pick<Member, 'roles'> | null | undefined): boolean =>
  member?.roles.includes('samordning') === true;

/** Samordning or a samordnare: the samordningsgrupp, who read the follow-up and its rounds. */
export const readsFollowUp = (member: Pick<Member, 'roles'>): boolean =>
  isSamordning(member) || member.roles.includes('samordnare');
