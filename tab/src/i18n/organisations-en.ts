import type { OrganisationsMessages } from './organisations-sv';

/** English texts of "Organisationer" in the "Personer" view. */
export const organisationsEn: OrganisationsMessages = {
  heading: 'Organisations',
  lead:
    'Administrations and companies, with the days they exist and former names. A round counts ' +
    'the organisations as they were on the day the round opened.',
  loading: 'Fetching the organisations…',
  loadError: 'The organisations could not be fetched right now. Try again in a while.',
  caption: 'The organisations, with validity and former names',
  tableRegion: 'The table of organisations',
  columns: {
    name: 'Organisation',
    kind: 'Kind',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    formerNames: 'Former names',
  },
  kinds: {
    forvaltning: 'Administration',
    bolag: 'Company',
    'stadsovergripande-funktion': 'City-wide function',
  },
  sinceBefore: 'Since before',
  untilFurther: 'Until further notice',
  noFormerNames: 'None',
  formerName: (name, until) => `${name} (up to and including ${until})`,
  formHeading: 'Change an organisation',
  formLead:
    'Rename, merge or split an organisation from a date. Rounds that opened before the date are ' +
    'counted as before, and the date must come after every round that already has reports.',
  kindLegend: 'What is to be done?',
  changeKinds: { rename: 'Rename', merge: 'Merge', split: 'Split' },
  organisation: 'Organisation',
  chooseOrganisation: 'Choose an organisation',
  from: 'From',
  fromHint: 'The first day the change applies.',
  newName: 'New name',
  into: 'Merges into',
  partsLegend: 'New organisations (at least two)',
  partId: (n) => `Id of new organisation ${String(n)}`,
  partIdHint: 'Lower-case letters a–z, digits and hyphens, e.g. grundskola-norr.',
  partName: (n) => `Name of new organisation ${String(n)}`,
  addPart: 'Add a new organisation',
  removePart: (n) => `Remove new organisation ${String(n)}`,
  activitiesLegend: 'Where do the activities go?',
  noActivities: 'The organisation has no activities in the plan.',
  choosePart: 'Choose a new organisation',
  submit: 'Make the change',
  submitting: 'Changing…',
  organisationMissing: 'Choose an organisation.',
  dateMissing: 'Give a date as YYYY-MM-DD.',
  nameMissing: 'Write the new name.',
  intoMissing: 'Choose the organisation it merges into.',
  partMissing: 'Give both an id and a name.',
  activityUnplaced: 'Choose which new organisation the activity goes to.',
  failed: 'The change could not be made right now. Try again.',
};
