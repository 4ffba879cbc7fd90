/**
 * The plan file, field by field: its Swedish keys, what each holds, which are required, and the
 * help an editor shows. The checker's shape rules, the published JSON Schema and the type of a
 * checked file all come from here (see `spec-types.ts`). Rules across fields (unique ids,
 * references, one city-wide heading) are in `plan-rules.ts`.
 */
import { PREVENTION_LEVEL_KEYS } from './plan-document';
import type { Infer } from './spec-types';
import { list, object, oneOf, optional, required } from './spec-types';

const ID_HELP =
  'små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. "vald-i-nara-relation". Ändra det inte när planen väl används: aktiviteter och rapporter pekar på det';

const text = { type: 'text' } as const;
const longText = { type: 'text', multiline: true } as const;
const id = { type: 'id' } as const;
const year = { type: 'integer', minimum: 1900, maximum: 2100 } as const;
const date = { type: 'date' } as const;

const aliases = optional(
  list(text, { sv: 'alias', en: 'alias' }),
  'Andra namn som folk använder (t.ex. i Excel-filer som importeras). Valfritt.',
);

/** The fields every catalog entry has: fokusområde, perspektiv, målgrupp, våldsutövare. */
const entryFields = {
  id: required(id, `Id: ${ID_HELP}.`),
  namn: required(text, 'Namnet på svenska, som planen skriver det.'),
  'namn-en': required(text, 'Namnet på engelska (visas när Samordna används på engelska).'),
  beskrivning: optional(longText, 'Planens egen beskrivning. Valfritt.'),
  alias: aliases,
};

const catalogEntry = object(entryFields);

const preventionLevel = object({
  ...entryFields,
  id: required(
    oneOf(PREVENTION_LEVEL_KEYS),
    'Preventionstriangelns nivå: framjande, universell, selektiv eller indikerad. En plan kan använda några av dem, med egna namn och beskrivningar.',
  ),
});

const heading = object({
  ...entryFields,
  stadsövergripande: optional(
    { type: 'boolean' },
    'true för den rubrik vars aktiviteter är stadsövergripande och räknas för sig i uppföljningen. Exakt en rubrik ska ha true.',
  ),
  samverkan: optional(
    { type: 'boolean' },
    'true för en rubrik vars aktiviteter görs i samverkan med andra. Uppföljningens analys räknar dem (och aktiviteter som anger samverkanspartner) som samverkan.',
  ),
});

const strategy = object({
  id: required(id, `Strategins id, unikt i hela planen, t.ex. "m1-s2". Id: ${ID_HELP}.`),
  text: required(
    { type: 'text', withoutGenomAtt: true },
    'Det som står efter "Genom att", med liten bokstav först, t.ex. "utmana normer".',
  ),
  förklaring: optional(longText, 'Planens förklarande text under strategins rubrik.'),
});

const goal = object({
  nummer: required(
    { type: 'integer', minimum: 1, maximum: 99 },
    'Inriktningsmålets nummer (1, 2, 3 …), unikt i planen. Aktiviteter pekar på numret.',
  ),
  titel: required(text, 'Inriktningsmålet som planen formulerar det.'),
  beskrivning: optional(longText, 'En förklarande text till målet. Valfritt.'),
  strategier: optional(
    list(strategy, { sv: 'strategin', en: 'strategy', key: 'id' }),
    'Målets "Genom att"-strategier, i planens ordning.',
  ),
});

const formerName = object({
  namn: required(text, 'Namnet organisationen hade, t.ex. "Fritidsförvaltningen".'),
  till: required(date, 'Sista dagen namnet gällde (ÅÅÅÅ-MM-DD).'),
});

const organisation = object({
  id: required(id, `Organisationens id. Id: ${ID_HELP}.`),
  namn: required(text, 'Organisationens namn, t.ex. "Fritidsförvaltningen".'),
  typ: required(
    oneOf(['förvaltning', 'bolag', 'stadsövergripande-funktion'] as const),
    'förvaltning, bolag eller stadsövergripande-funktion (en funktion som äger stadsövergripande aktiviteter, t.ex. HR-avdelningen).',
  ),
  'del-av': optional(
    id,
    'Id för organisationen den här är en del av, t.ex. "stadskontoret" för HR-avdelningen.',
  ),
  kortnamn: optional(text, 'Ett kortare namn som folk använder, t.ex. "Fritid". Valfritt.'),
  alias: aliases,
  'giltig-från': optional(
    date,
    'Första dagen organisationen finns (ÅÅÅÅ-MM-DD), t.ex. efter en sammanslagning. Utelämna om den alltid har funnits.',
  ),
  'giltig-till': optional(
    date,
    'Sista dagen organisationen finns (ÅÅÅÅ-MM-DD), t.ex. dagen före en sammanslagning. Utelämna om den finns kvar.',
  ),
  'tidigare-namn': optional(
    list(formerName, { sv: 'det tidigare namnet', en: 'former name', key: 'namn' }),
    'Namn organisationen hade förut, med sista dagen för varje namn. Uppföljningar före dagen visar det gamla namnet.',
  ),
});

const yearValue = (what: string) =>
  object({
    värde: required({ type: 'number' }, `${what}: värdet.`),
    år: required(year, `${what}: året värdet gäller.`),
  });

const indicator = object({
  id: required(id, `Måttets id. Id: ${ID_HELP}.`),
  namn: required(text, 'Vad som mäts, t.ex. "Antal medarbetare som gått utbildningen".'),
  'namn-en': optional(text, 'Namnet på engelska. Valfritt.'),
  beskrivning: optional(longText, 'Hur måttet räknas och varför. Valfritt.'),
  enhet: required(text, 'Enheten, t.ex. "antal", "procent" eller "per 10 000 invånare".'),
  riktning: required(
    oneOf(['högre-bättre', 'lägre-bättre'] as const),
    'högre-bättre om ett högre värde är bättre, lägre-bättre om ett lägre är det.',
  ),
  inriktningsmål: optional(
    { type: 'integer', minimum: 1, maximum: 99 },
    'Numret på inriktningsmålet måttet följer upp. Utelämna för ett mått för hela planen.',
  ),
  baslinje: optional(yearValue('Baslinjen'), 'Utgångsläget: värde och år. Valfritt.'),
  målvärde: optional(yearValue('Målvärdet'), 'Målet: värde och år. Valfritt.'),
  källa: optional(text, 'Var värdena kommer ifrån, t.ex. "Egen uppföljning". Valfritt.'),
  ansvarig: optional(
    id,
    'Id för organisationen som för in måttets värden (dess samordnare). Utelämna om bara samordningen gör det.',
  ),
  kolada: optional(
    { type: 'kpi' },
    'Kolada-nyckeltalets id (en stor bokstav och fem siffror, t.ex. N00945), om måttet hämtas från Kolada.',
  ),
});

const catalogList = (item: { sv: string; en: string }, description: string) =>
  optional(list(catalogEntry, { ...item, key: 'id' }), description);

/** The whole plan file. */
export const planSpec = object({
  id: required(id, `Planens id, t.ex. "fri-fran-vald-2022-2026". Id: ${ID_HELP}.`),
  titel: required(text, 'Planens titel, t.ex. "Fri från våld".'),
  undertitel: optional(text, 'Undertiteln, t.ex. "en gemensam angelägenhet". Valfritt.'),
  'titel-en': optional(text, 'Titeln på engelska. Valfritt.'),
  beskrivning: optional(longText, 'En kort sammanfattning av planen. Valfritt.'),
  period: required(
    object({
      från: required(year, 'Första året planen gäller.'),
      till: required(year, 'Sista året planen gäller (samma år eller senare än från).'),
    }),
    'Åren planen gäller, t.ex. från 2022 till 2026.',
  ),
  antagen: optional(
    object({
      av: required(text, 'Vem som antog planen, t.ex. "Kommunfullmäktige".'),
      datum: required(
        { type: 'year-or-date' },
        'När: ett datum ÅÅÅÅ-MM-DD, eller bara året (t.ex. 2022) om dagen inte är känd.',
      ),
    }),
    'Vem som antog planen och när. Valfritt för en plan som ännu inte är antagen.',
  ),
  vision: required(longText, 'Planens vision, ordagrant.'),
  'samordnas-av': optional(
    id,
    'Id för organisationen som samordnar planen (Samordning), t.ex. "arbetsmarknads-och-socialforvaltningen".',
  ),
  inriktningsmål: required(
    list(goal, { sv: 'Inriktningsmål', en: 'Goal', key: 'nummer' }, 1),
    'Planens inriktningsmål med sina "Genom att"-strategier.',
  ),
  fokusområden: catalogList(
    { sv: 'fokusområdet', en: 'focus area' },
    'Fokusområdena: de former av våld planen omfattar.',
  ),
  perspektiv: catalogList(
    { sv: 'perspektivet', en: 'perspective' },
    'Perspektiven planen lyfter, med beskrivningar.',
  ),
  målgrupper: catalogList(
    { sv: 'målgruppen', en: 'target group' },
    'Målgrupperna (grupper i behov av särskilt samhällsstöd).',
  ),
  preventionsnivåer: optional(
    list(preventionLevel, { sv: 'preventionsnivån', en: 'prevention level', key: 'id' }),
    'Preventionsnivåerna planen använder (preventionstriangeln).',
  ),
  våldsutövare: catalogList(
    { sv: 'våldsutövargruppen', en: 'perpetrator group' },
    'Grupper av våldsutövare som planen beskriver.',
  ),
  rubriker: required(
    list(heading, { sv: 'rubriken', en: 'heading', key: 'id' }, 1),
    'Rubrikerna varje aktivitet ligger under. Exakt en är stadsövergripande.',
  ),
  organisationer: required(
    list(organisation, { sv: 'organisationen', en: 'organisation', key: 'id' }, 1),
    'Förvaltningar, bolag och stadsövergripande funktioner som har handlingsplaner eller aktiviteter.',
  ),
  mått: optional(
    list(indicator, { sv: 'måttet', en: 'indicator', key: 'id' }),
    'Mått (indikatorer) som planen följs upp med, egna eller från Kolada. Valfritt.',
  ),
});

/** A plan file that passed the checks, as the file spells it (Swedish keys). */
export type PlanFile = Infer<typeof planSpec>;
