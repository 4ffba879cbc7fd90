import { organisationsSv } from './organisations-sv';

/** Swedish texts of the "Personer" view (its own file: part of the lazily loaded view). */
export const peopleSv = {
  heading: 'Personer',
  lead:
    'Vem som är samordnare för varje förvaltning och bolag, vem som är Samordning och HR, och ' +
    'vem som är ersättare när en samordnare är borta. Påminnelser och kort följer ändringarna ' +
    'direkt.',
  loading: 'Hämtar personerna…',
  loadError: 'Det gick inte att hämta personerna just nu. Försök igen om en stund.',
  retry: 'Försök igen',
  bootstrap:
    'Du har rollen Samordning i Entra ID men finns inte i medlemslistan. Lägg till dig själv ' +
    'med rollen Samordning, så känner boten också igen dig.',
  standingIn: (absent: string, organisation: string, period: string) =>
    `Du är ersättare för ${absent} (${organisation}) ${period}.`,
  period: (from: string, to: string) => `${from} – ${to}`,
  organisationsHeading: 'Samordnare per organisation',
  ownOrganisationHeading: 'Din organisation',
  noSamordnare: 'Ingen samordnare ännu.',
  organisationEnded: 'har upphört',
  samordningHeading: 'Samordning',
  hrHeading: 'HR',
  nobody: 'Ingen ännu.',
  roles: { samordnare: 'Samordnare', samordning: 'Samordning', hr: 'HR' },
  rolesLegend: 'Roller',
  addHeading: 'Lägg till person',
  addOpen: 'Lägg till person',
  addClose: 'Stäng',
  searchLabel: 'Sök i katalogen',
  searchHint: 'Skriv minst två bokstäver av namnet.',
  searching: 'Söker…',
  noMatches: 'Ingen träff.',
  matches: (count: number) => (count === 1 ? '1 träff' : `${count} träffar`),
  chosen: (name: string) => `Vald: ${name}`,
  organisation: 'Organisation',
  noOrganisationChoice: 'Ingen organisation',
  save: 'Spara',
  saving: 'Sparar…',
  edit: 'Ändra',
  removeButton: 'Ta bort',
  endButton: 'Avsluta',
  cancel: 'Avbryt',
  change: (name: string) => `Ändra ${name}`,
  changeHeading: (name: string) => `Ändra ${name}`,
  remove: (name: string) => `Ta bort ${name}`,
  removeTitle: (name: string) => `Ta bort ${name}?`,
  removeText:
    'Personen får inga fler påminnelser och kan inte rapportera. Rapporterna hen har gjort finns kvar med hens namn.',
  removeConfirm: 'Ta bort',
  chooseFirst: 'Välj en person i katalogen först.',
  notSaved: 'Det gick inte att spara:',
  saved: (name: string) => `${name} är sparad.`,
  removed: (name: string) => `${name} är borttagen.`,
  failed: 'Det gick inte att spara just nu. Försök igen.',
  forbidden: 'Det här får du inte göra.',
  notFound: 'Personen finns inte längre. Ladda om sidan.',
  standInsHeading: 'Ersättare',
  noStandIns: 'Inga ersättare är utsedda.',
  standInLine: (standIn: string, absent: string, period: string) =>
    `${standIn} ersätter ${absent} ${period}`,
  standInActive: 'pågår',
  standInUpcoming: 'kommande',
  endStandIn: (standIn: string) => `Avsluta ${standIn} som ersättare`,
  standInEnded: 'Ersättaren är avslutad.',
  standInSaved: (name: string) => `${name} är utsedd till ersättare.`,
  standInOpen: 'Utse ersättare',
  standInHeading: 'Utse ersättare',
  absent: 'Vem är borta?',
  standInPerson: 'Ersättare',
  from: 'Från och med',
  to: 'Till och med',
  auditHeading: 'Ändringslogg',
  auditLoading: 'Hämtar ändringsloggen…',
  auditEmpty: 'Inga ändringar ännu.',
  auditError: 'Det gick inte att hämta ändringsloggen.',
  actions: {
    'member-added': (actor: string, subject: string, what: string) =>
      `${actor} lade till ${subject} (${what})`,
    'member-changed': (actor: string, subject: string, what: string) =>
      `${actor} ändrade ${subject}: ${what}`,
    'member-removed': (actor: string, subject: string, what: string) =>
      `${actor} tog bort ${subject} (var ${what})`,
    'stand-in-added': (actor: string, subject: string, what: string) =>
      `${actor} utsåg ersättare för ${subject}: ${what}`,
    'stand-in-ended': (actor: string, subject: string, what: string) =>
      `${actor} avslutade ersättaren för ${subject}: ${what}`,
    'stand-in-moved': (actor: string, subject: string, what: string) =>
      `${actor} flyttade ersättaren för ${subject}: ${what}`,
  },
  roleIn: (roles: string, organisation: string) =>
    organisation === '' ? roles : `${roles}, ${organisation}`,
  noRoles: 'inga roller',
  changed: (before: string, after: string) => `${before} → ${after}`,
  organisations: organisationsSv,
};

export type PeopleMessages = typeof peopleSv;
