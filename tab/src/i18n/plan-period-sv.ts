/**
 * Swedish texts of "Ny planperiod" and "Ny uppföljningsomgång" (decision 0031), in their own
 * file: part of the lazily loaded "Import och export" view.
 */
export const planPeriodSv = {
  nextPlanHeading: 'Ny planperiod',
  nextPlanLead:
    'Läs in nästa plans planfil (YAML), koppla den gamla planens inriktningsmål till den nyas och ' +
    'välj vilka aktiviteter som fortsätter. Den gamla planens uppföljning ändras inte.',
  stepFile: 'Steg 1 av 4: Planfilen',
  planFileText: 'Planfilens text (YAML)',
  planFileHint:
    'Klistra in texten, eller välj filen nedan. Inget sparas förrän du läser in planen.',
  planFileChoose: 'Eller välj planfilen (.yaml)',
  check: 'Kontrollera planfilen',
  checking: 'Kontrollerar…',
  noText: 'Klistra in planfilens text eller välj filen först.',
  tooLarge: (kb: number, max: number) =>
    `Planfilen är för stor för fliken: ${String(kb)} kB, högst ${String(max)} kB. Korta de långa ` +
    'texterna, eller be IT läsa in den med npm run plan -- import. Inget har skickats.',
  fileUnreadable: 'Filen kunde inte läsas. Spara den som UTF-8-text och försök igen.',
  checked: (title: string, period: string, goals: number, organisations: number) =>
    `Planfilen är korrekt: ${title} ${period}, ${String(goals)} inriktningsmål, ${String(organisations)} organisationer.`,
  checkedExists: 'Planen finns redan i Samordna; att läsa in den igen ändrar bara det som ändrats.',
  importPlan: 'Läs in planen',
  importing: 'Läser in…',
  imported: (title: string, period: string) => `Planen ${title} ${period} är inläst.`,
  importedUnchanged: (title: string, period: string) =>
    `Planen ${title} ${period} fanns redan och är oförändrad.`,
  stepGoals: 'Steg 2 av 4: Inriktningsmålen',
  goalsLead:
    'Varje inriktningsmål i den gamla planen kopplas till ett mål i den nya. Förslagen bygger på ' +
    'att texterna stämmer – kontrollera dem och ändra där det behövs.',
  oldGoal: (n: number, title: string) => `Gammalt mål ${String(n)}: ${title}`,
  newGoalNone: 'Inget mål – aktiviteterna förs inte över',
  newGoal: (n: number, title: string) => `${String(n)}. ${title}`,
  match: {
    'same-text': 'Förslag: samma text',
    'similar-text': 'Förslag: liknande text',
    none: 'Inget förslag – välj själv',
  },
  stepActivities: 'Steg 3 av 4: Aktiviteter som fortsätter',
  activitiesLead: (count: number) =>
    `${String(count)} aktiviteter i den gamla planen. Välj de som fortsätter i den nya.`,
  activityFilter: 'Sök bland aktiviteterna',
  activityLabel: (title: string, organisation: string, goal: number) =>
    `${title} (${organisation}, mål ${String(goal)})`,
  alreadyCarried: 'redan överförd',
  chosenCount: (count: number) => `Aktiviteter, ${String(count)} valda`,
  chooseNone: 'Välj inga',
  carry: 'För över valda aktiviteter',
  carrying: 'För över…',
  stepDone: 'Steg 4 av 4: Klart',
  carried: (created: number, existing: number, oldTitle: string) =>
    `${String(created)} aktiviteter fördes över` +
    (existing > 0 ? ` (${String(existing)} var redan överförda)` : '') +
    `. ${oldTitle} är oförändrad.`,
  makeCurrent: 'Gör den nya planen aktuell',
  makingCurrent: 'Byter aktuell plan…',
  madeCurrent: (title: string, period: string) =>
    `Den aktuella planen är nu ${title} ${period}. Kort och påminnelser använder den från och med nu.`,
  openNewPlan: 'Visa den nya planens aktiviteter',
  startOver: 'Börja om',
  retry: 'Försök igen',
  refused: 'Inget har sparats.',
  failed: 'Det gick inte att nå Samordna. Inget har sparats. Försök igen om en stund.',
  suggestionFailed: 'Förslaget kunde inte hämtas. Försök igen om en stund.',
  roundHeading: 'Ny uppföljningsomgång',
  roundLead:
    'En uppföljningsomgång för valfri period, även bakåt i tiden (till exempel ' +
    '"Halvtidsuppföljning 2024" eller uppföljningen genom dialog), i den plan som visas. ' +
    'Importera sedan rapporterna i den.',
  roundName: 'Namn',
  roundNameHint: 'Till exempel Halvtidsuppföljning 2024',
  roundFrom: 'Från och med',
  roundTo: 'Till och med',
  createRound: 'Skapa omgången',
  creatingRound: 'Skapar…',
  nameMissing: 'Ange ett namn på omgången.',
  dateMissing: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  toBeforeFrom: 'Slutdatumet ligger före startdatumet.',
  roundCreated: (title: string, from: string, to: string, plan: string) =>
    `Omgången ${title} (${from} – ${to}) är skapad i ${plan}. Du kan nu importera rapporter i den.`,
  roundExists: (title: string) => `Omgången ${title} finns redan med samma period. Inget ändrades.`,
  roundsHeading: (plan: string) => `Omgångar i ${plan}`,
  roundsEmpty: 'Planen har inga omgångar än.',
  roundPeriod: (title: string, from: string, to: string) => `${title}: ${from} – ${to}`,
  dialoguesToggle: 'Boka ett dialogmöte per organisation',
  dialoguesLegend: 'Dialogmöten, ett per organisation',
  dialoguesHint:
    'Fyll i en rad för varje organisation som ska ha ett dialogmöte; en tom rad hoppas över. ' +
    'Ett dialogmöte ligger inom omgångens period, på en vardag mellan 08 och 17. Ett möte som ' +
    'redan har hållits registreras utan påminnelser.',
  dialoguesNeedPeriod: 'Ange omgångens period först, så visas organisationerna som finns då.',
  dialoguesNoOrganisations: 'Ingen organisation finns under perioden.',
  dialogueDate: 'Datum',
  dialogueStart: 'Start',
  dialogueEnd: 'Slut',
  dialogueLink: 'Teams-länk (valfri)',
  sameTime: 'Samma tid för alla',
  sameTimeHint: 'Fyller i första radens start och slut på de rader som har ett datum.',
  dialogueIncomplete: (organisation: string) =>
    `${organisation}: ange datum, start och slut – eller lämna raden tom.`,
  dialoguesNoneFilled: 'Fyll i minst en organisations dialogmöte.',
  dialoguesCheck: 'Inget har sparats. Rätta raderna nedan:',
  dialoguesBooked: (count: number) =>
    count === 1 ? '1 dialogmöte är bokat.' : `${String(count)} dialogmöten är bokade.`,
  dialoguesAdded: (created: number, asked: number) =>
    created === 0
      ? 'Dialogmötena fanns redan. Inget ändrades.'
      : (created === 1 ? '1 dialogmöte lades till' : `${String(created)} dialogmöten lades till`) +
        (created === asked ? '.' : ` (${String(asked - created)} fanns redan).`),
  roundDialogues: (title: string) => `Dialogmöten i ${title}`,
  dialogueLine: (date: string, start: string, end: string, organisation: string) =>
    `${date} kl. ${start}–${end}: ${organisation}`,
  dialogueCancelled: 'Inställt',
  addDialogues: 'Lägg till dialogmöten',
  closeAddDialogues: 'Stäng dialogmötena',
  saveDialogues: 'Spara dialogmötena',
  savingDialogues: 'Sparar…',
  carriedFromLink: 'Historiken i den förra planen',
  carriedFromLead: 'Aktiviteten fortsätter från den förra planperioden.',
};

export type PlanPeriodMessages = typeof planPeriodSv;
