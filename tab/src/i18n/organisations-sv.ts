/** Swedish texts of "Organisationer" in the "Personer" view (decision 0030). */
export const organisationsSv = {
  heading: 'Organisationer',
  lead:
    'Förvaltningar och bolag, med de dagar de finns och tidigare namn. En omgång räknar ' +
    'organisationerna som de var den dag omgången öppnade.',
  loading: 'Hämtar organisationerna…',
  loadError: 'Det gick inte att hämta organisationerna just nu. Försök igen om en stund.',
  caption: 'Organisationerna, med giltighet och tidigare namn',
  tableRegion: 'Tabellen över organisationerna',
  columns: {
    name: 'Organisation',
    kind: 'Typ',
    validFrom: 'Giltig från',
    validTo: 'Giltig till',
    formerNames: 'Tidigare namn',
  },
  kinds: {
    forvaltning: 'Förvaltning',
    bolag: 'Bolag',
    'stadsovergripande-funktion': 'Stadsövergripande funktion',
  } as Record<string, string>,
  sinceBefore: 'Sedan tidigare',
  untilFurther: 'Tills vidare',
  noFormerNames: 'Inga',
  formerName: (name: string, until: string) => `${name} (till och med ${until})`,
  formHeading: 'Ändra en organisation',
  formLead:
    'Byt namn, slå ihop eller dela en organisation från ett datum. Omgångar som öppnade före ' +
    'datumet räknas som förut, och datumet måste komma efter varje omgång som redan har rapporter.',
  kindLegend: 'Vad ska göras?',
  changeKinds: { rename: 'Byt namn', merge: 'Slå ihop', split: 'Dela' },
  organisation: 'Organisation',
  chooseOrganisation: 'Välj organisation',
  from: 'Från och med',
  fromHint: 'Den första dagen som ändringen gäller.',
  newName: 'Nytt namn',
  into: 'Går upp i',
  partsLegend: 'Nya organisationer (minst två)',
  partId: (n: number) => `Id för ny organisation ${String(n)}`,
  partIdHint: 'Små bokstäver a–z, siffror och bindestreck, t.ex. grundskola-norr.',
  partName: (n: number) => `Namn på ny organisation ${String(n)}`,
  addPart: 'Lägg till en ny organisation',
  removePart: (n: number) => `Ta bort ny organisation ${String(n)}`,
  activitiesLegend: 'Vart går aktiviteterna?',
  noActivities: 'Organisationen har inga aktiviteter i planen.',
  choosePart: 'Välj ny organisation',
  submit: 'Gör ändringen',
  submitting: 'Ändrar…',
  organisationMissing: 'Välj en organisation.',
  dateMissing: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  nameMissing: 'Skriv det nya namnet.',
  intoMissing: 'Välj organisationen den går upp i.',
  partMissing: 'Ange både id och namn.',
  activityUnplaced: 'Välj vilken ny organisation aktiviteten går till.',
  failed: 'Det gick inte att göra ändringen just nu. Försök igen.',
};

export type OrganisationsMessages = typeof organisationsSv;
