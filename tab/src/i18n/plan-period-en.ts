import type { PlanPeriodMessages } from './plan-period-sv';

/** English texts of "Ny planperiod" and "Ny uppföljningsomgång". */
export const planPeriodEn: PlanPeriodMessages = {
  nextPlanHeading: 'New plan period',
  nextPlanLead:
    'Load the next plan’s plan file (YAML), map the old plan’s goals to the new plan’s and ' +
    'choose which activities go on. The old plan’s follow-up does not change.',
  stepFile: 'Step 1 of 4: The plan file',
  planFileText: 'The plan file’s text (YAML)',
  planFileHint:
    'Paste the text, or choose the file below. Nothing is saved until you load the plan.',
  planFileChoose: 'Or choose the plan file (.yaml)',
  check: 'Check the plan file',
  checking: 'Checking…',
  noText: 'Paste the plan file’s text or choose the file first.',
  tooLarge: (kb: number, max: number) =>
    `The plan file is too large for the tab: ${String(kb)} kB, at most ${String(max)} kB. Shorten ` +
    'the long texts, or ask IT to load it with npm run plan -- import. Nothing was sent.',
  fileUnreadable: 'The file could not be read. Save it as UTF-8 text and try again.',
  checked: (title, period, goals, organisations) =>
    `The plan file is correct: ${title} ${period}, ${String(goals)} goals, ${String(organisations)} organisations.`,
  checkedExists: 'The plan is already in Samordna; loading it again changes only what changed.',
  importPlan: 'Load the plan',
  importing: 'Loading…',
  imported: (title, period) => `The plan ${title} ${period} is loaded.`,
  importedUnchanged: (title, period) => `The plan ${title} ${period} was already there, unchanged.`,
  stepGoals: 'Step 2 of 4: The goals',
  goalsLead:
    'Each goal of the old plan is mapped to a goal of the new one. The suggestions come from ' +
    'matching texts – check them and change them where needed.',
  oldGoal: (n, title) => `Old goal ${String(n)}: ${title}`,
  newGoalNone: 'No goal – its activities are not carried over',
  newGoal: (n, title) => `${String(n)}. ${title}`,
  match: {
    'same-text': 'Suggested: same text',
    'similar-text': 'Suggested: similar text',
    none: 'No suggestion – choose one',
  },
  stepActivities: 'Step 3 of 4: Activities that go on',
  activitiesLead: (count) =>
    `${String(count)} activities in the old plan. Choose those that go on in the new one.`,
  activityFilter: 'Search the activities',
  activityLabel: (title, organisation, goal) => `${title} (${organisation}, goal ${String(goal)})`,
  alreadyCarried: 'already carried',
  chosenCount: (count) => `Activities, ${String(count)} chosen`,
  chooseNone: 'Choose none',
  carry: 'Carry the chosen activities over',
  carrying: 'Carrying over…',
  stepDone: 'Step 4 of 4: Done',
  carried: (created, existing, oldTitle) =>
    `${String(created)} activities were carried over` +
    (existing > 0 ? ` (${String(existing)} were already carried)` : '') +
    `. ${oldTitle} is unchanged.`,
  makeCurrent: 'Make the new plan current',
  makingCurrent: 'Changing the current plan…',
  madeCurrent: (title, period) =>
    `The current plan is now ${title} ${period}. Cards and reminders use it from now on.`,
  openNewPlan: 'Show the new plan’s activities',
  startOver: 'Start over',
  retry: 'Try again',
  refused: 'Nothing was saved.',
  failed: 'Samordna could not be reached. Nothing was saved. Try again in a while.',
  suggestionFailed: 'The suggestion could not be loaded. Try again in a while.',
  roundHeading: 'New follow-up round',
  roundLead:
    'A follow-up round for any period, also in the past (for example "Halvtidsuppföljning 2024" ' +
    'or the follow-up through dialogue), in the plan shown. Then import its reports into it.',
  roundName: 'Name',
  roundNameHint: 'For example Halvtidsuppföljning 2024',
  roundFrom: 'From',
  roundTo: 'To (inclusive)',
  createRound: 'Create the round',
  creatingRound: 'Creating…',
  nameMissing: 'Give the round a name.',
  dateMissing: 'Enter a date as YYYY-MM-DD.',
  toBeforeFrom: 'The end date is before the start date.',
  roundCreated: (title, from, to, plan) =>
    `The round ${title} (${from} – ${to}) is created in ${plan}. You can now import reports into it.`,
  roundExists: (title) =>
    `The round ${title} already exists with the same period. Nothing changed.`,
  roundsHeading: (plan) => `Rounds in ${plan}`,
  roundsEmpty: 'The plan has no rounds yet.',
  roundPeriod: (title, from, to) => `${title}: ${from} – ${to}`,
  dialoguesToggle: 'Book a dialogue meeting per organisation',
  dialoguesLegend: 'Dialogue meetings, one per organisation',
  dialoguesHint:
    'Fill in a row for each organisation that is to have a dialogue meeting; an empty row is ' +
    'skipped. A dialogue meeting lies within the round’s period, on a working day between 08 ' +
    'and 17. A meeting already held is recorded without reminders.',
  dialoguesNeedPeriod: 'Enter the round’s period first to see the organisations that exist then.',
  dialoguesNoOrganisations: 'No organisation exists during the period.',
  dialogueDate: 'Date',
  dialogueStart: 'Start',
  dialogueEnd: 'End',
  dialogueLink: 'Teams link (optional)',
  sameTime: 'Same time for all',
  sameTimeHint: 'Fills in the first row’s start and end on the rows that have a date.',
  dialogueIncomplete: (organisation) =>
    `${organisation}: enter the date, start and end – or leave the row empty.`,
  dialoguesNoneFilled: 'Fill in at least one organisation’s dialogue meeting.',
  dialoguesCheck: 'Nothing was saved. Correct the rows below:',
  dialoguesBooked: (count) =>
    count === 1
      ? '1 dialogue meeting is booked.'
      : `${String(count)} dialogue meetings are booked.`,
  dialoguesAdded: (created, asked) =>
    created === 0
      ? 'The dialogue meetings were already there. Nothing changed.'
      : (created === 1
          ? '1 dialogue meeting was added'
          : `${String(created)} dialogue meetings were added`) +
        (created === asked ? '.' : ` (${String(asked - created)} were already there).`),
  roundDialogues: (title) => `Dialogue meetings in ${title}`,
  dialogueLine: (date, start, end, organisation) => `${date}, ${start}–${end}: ${organisation}`,
  dialogueCancelled: 'Cancelled',
  addDialogues: 'Add dialogue meetings',
  closeAddDialogues: 'Close the dialogue meetings',
  saveDialogues: 'Save the dialogue meetings',
  savingDialogues: 'Saving…',
  carriedFromLink: 'Its history in the previous plan',
  carriedFromLead: 'The activity goes on from the previous plan period.',
};
