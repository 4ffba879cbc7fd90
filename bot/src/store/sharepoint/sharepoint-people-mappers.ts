import { z } from 'zod';
import type { PeopleAuditEntry, StandIn } from '../../domain/people/people-types';
import type { Member } from '../../domain/types';
import { auditShape, memberSchema, standInSchema } from '../people-schemas';
import { mapper, type ListMapper } from './sharepoint-mappers';

/**
 * The people lists' mappers: Medlemmar (a removed member stays as an item with RemovedAt, as
 * delta queries give the read model no deletes to rely on), Medlemmar-logg and Ersättare.
 */

/** A member item: the member, and when it was removed (null while a member). */
export interface StoredMember {
  readonly member: Member;
  readonly removedAt: string | null;
}

export const storedMemberMapper: ListMapper<StoredMember> = mapper(
  'Medlemmar',
  z.object({ member: memberSchema, removedAt: z.string().nullable() }),
  (s) => s.member.userId,
  {
    out: (s) => ({ ...s.member, removedAt: s.removedAt }),
    in: (raw) => {
      const { removedAt, ...member } = raw;
      return { member, removedAt };
    },
  },
);

export const auditMapper: ListMapper<PeopleAuditEntry> = mapper(
  'Medlemmar-logg',
  auditShape,
  (e) => e.id,
  {
    out: (e) => ({ ...e, title: `${e.at} · ${e.change.kind} · ${e.subjectUserId}` }),
    in: (raw) => {
      const { title: _title, ...entry } = raw;
      return entry;
    },
  },
);

export const standInMapper: ListMapper<StandIn> = mapper('Ersättare', standInSchema, (s) => s.id, {
  out: (s) => ({ ...s, title: `${s.standInName} för ${s.absentName}` }),
  in: (raw) => {
    const { title: _title, ...standIn } = raw;
    return standIn;
  },
});
