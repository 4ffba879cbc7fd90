/**
 * DEMO DATA for local mode only: the people the local directory finds (the demo members and a
 * few colleagues who are not members yet), so "Lägg till person" and stand-ins work on a
 * laptop without a tenant. The ids are made up; in a tenant they are Entra object ids.
 */
import type { DirectoryUser } from '../people/people-types';
import { DEMO_MEMBERS } from './demo-data';

const mailOf = (name: string): string =>
  `${name
    .replace(/\s*\(demo\)$/, '')
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, '.')}@demo.malmo.example`;

function person(id: string, name: string): DirectoryUser {
  const mail = mailOf(name);
  return { id, displayName: name, mail, userPrincipalName: mail };
}

export const DEMO_DIRECTORY: readonly DirectoryUser[] = [
  ...DEMO_MEMBERS.map((m) => person(m.userId, m.name)),
  person('00000000-0000-0000-0000-0000000000b1', 'Lisa Nordström (demo)'),
  person('00000000-0000-0000-0000-0000000000b2', 'Anders Holm (demo)'),
  person('00000000-0000-0000-0000-0000000000b3', 'Åsa Lind-Persson (demo)'),
  person('00000000-0000-0000-0000-0000000000b4', 'Nils Öst (demo)'),
  person('00000000-0000-0000-0000-0000000000b5', 'Fatima Rahimi (demo)'),
];
