/**
 * The words that make a message read as someone disclosing violence, or asking for help for
 * themselves or someone close. Folded (lower case, no diacritics) word starts. Detection is
 * biased to recall: a false positive only shows support information privately.
 */

/**
 * A cue is a whole word, or a word start when it ends in `*`. A cue written with å, ä or ö is
 * compared with the word as typed (so "valde", chose, is not "våld"); an ASCII cue with the
 * word folded (so "vald" typed without å still counts).
 */

/** Violence itself: enough, with a person or a home, to be a disclosure. */
export const STRONG_CUES: readonly string[] = [
  'våld*',
  'vald',
  'valdsam*',
  'valdtag*',
  'valdtakt*',
  'valdet',
  'misshand*',
  'slagen',
  'slagit',
  'slår',
  'slar',
  'slog',
  'slå',
  'hotad*',
  'hotar',
  'hotade',
  'hotat',
  'hotfull*',
  'ofredad*',
  'ofredar',
  'övergrepp*',
  'overgrepp*',
  'sparkar',
  'sparkade',
  'sparkad',
  'stryp*',
  'knuffar',
  'knuffade',
  'blåmärke*',
  'blamarke*',
  'abuse*',
  'abusi*',
  'beaten',
  'beating',
  'hitting',
  'assault*',
  'rape*',
  'raping',
  'violen*',
  'threaten*',
  'strangl*',
  'punch*',
];

/** Words that need a person or a home nearby to read as a disclosure (fear, control, stalking). */
export const WEAK_CUES: readonly string[] = [
  'rädd',
  'radd',
  'rädsla',
  'tvingar',
  'tvingad*',
  'kontrollerar',
  'förföljer',
  'forfoljer',
  'förföljd',
  'trakasser*',
  'kränker',
  'kränkt',
  'skadar',
  'skadad',
  'utsatt',
  'scared',
  'afraid',
  'fear*',
  'hurt*',
  'hit',
  'hits',
  'beat',
  'beats',
  'kicks',
  'kicked',
  'scares',
  'controls',
  'controlling',
  'stalk*',
  'harass*',
  'unsafe',
  'otrygg',
];

/** The writer themselves. */
export const FIRST_PERSON: readonly string[] = ['jag', 'mig', 'mej', 'i', 'me', 'im', 'myself'];
export const FIRST_PERSON_OWNER: readonly string[] = ['min', 'mitt', 'mina', 'my'];

/** People at work or around the writer: a disclosure about them is answered with the colleague's support. */
export const COLLEAGUES: readonly string[] = [
  'kolleg*',
  'arbetskamrat*',
  'medarbetar*',
  'anstalld*',
  'van',
  'vannen',
  'vaninna',
  'kompis*',
  'granne',
  'grannen',
  'colleague*',
  'coworker*',
  'co-worker*',
  'friend*',
  'neighbour*',
  'neighbor*',
];

/** People close to the writer at home; with `COLLEAGUES`, the people a disclosure may be about. */
export const CLOSE_PEOPLE: readonly string[] = [
  'syster',
  'bror',
  'mamma',
  'pappa',
  'dotter',
  'son',
  'sonen',
  'barn',
  'barnen',
  'partner',
  'maken',
  'make',
  'man',
  'mannen',
  'fru',
  'frun',
  'hustru',
  'sambo',
  'pojkvan',
  'flickvan',
  'kille',
  'killen',
  'tjej',
  'tjejen',
  'exet',
  'ex',
  'nagon',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'sister',
  'brother',
  'someone',
  'child',
  'daughter',
];

/** He or she: a subject for "han blir slagen", too vague to carry a weak cue alone. */
export const PRONOUNS: readonly string[] = ['han', 'hon', 'he', 'she', 'they', 'de'];

/** Objects after a cue: "slår mig", "hits me". */
export const OBJECTS: readonly string[] = [
  'mig',
  'mej',
  'me',
  'oss',
  'us',
  'henne',
  'honom',
  'her',
  'him',
];

/** Words that place it at home. */
export const HOME: readonly string[] = [
  'hemma',
  'hem',
  'hemmet',
  'home',
  'relation',
  'relationship',
];

/** Being-verbs between a subject and what happened to them ("jag är/blir/har blivit slagen"). */
export const BEING: readonly string[] = [
  'ar',
  'blir',
  'blev',
  'har',
  'blivit',
  'varit',
  'var',
  'am',
  'was',
  'is',
  'being',
  'been',
  'get',
  'got',
  'getting',
  'im',
  'm',
  's',
  'fortfarande',
  'ofta',
  'ibland',
];

/**
 * Words of work on the plan ("aktiviteten om våld i nära relation är genomförd"): a message
 * with one of these is about the work, unless it also says that it happens to someone.
 */
export const WORK_CONTEXT: readonly string[] = [
  'aktivitet*',
  'utbildning*',
  'rapport*',
  'plan',
  'planen',
  'handlingsplan*',
  'inriktningsmal*',
  'forelasning*',
  'workshop*',
  'kurs*',
  'malgrupp*',
  'insats*',
  'genomford*',
  'genomfort',
  'projekt*',
  'kampanj*',
  'samverkan',
  'forebygg*',
  'natverk*',
  'fokusomrad*',
  'status',
  'valdsutsatt*',
  'valdsutovar*',
  'fortbildning*',
  'seminari*',
  'activit*',
  'training',
  'report*',
  'campaign*',
  'project*',
  'course*',
];

/** Whole phrases that are a disclosure on their own (folded words in order). */
export const DISCLOSURE_PHRASES: readonly string[] = [
  'vagar inte ga hem',
  'inte trygg hemma',
  'kanner mig inte trygg',
  'not safe at home',
  'dont feel safe',
  'afraid to go home',
  'scared to go home',
];
