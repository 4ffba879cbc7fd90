/**
 * The plan catalog of *Fri från våld – en gemensam angelägenhet* (Malmö stad, 2022–2026),
 * transcribed from the plan adopted by kommunfullmäktige. Swedish texts are as written in the
 * plan; the "Genom att" strategies are given without the leading "Genom att", lower-case first
 * letter. The seven perspectives are named as in the mid-term follow-up (section 2.3), which
 * lists the perspectives the plan raises.
 */
import type { CatalogEntry, Goal, Plan } from '../types';

const goals: readonly Goal[] = [
  {
    number: 1,
    title: 'Staden bedriver ett verkningsfullt våldsförebyggande arbete',
    strategies: [
      { id: 'm1-s1', text: 'stärka barns rättigheter' },
      { id: 'm1-s2', text: 'utmana normer' },
      { id: 'm1-s3', text: 'utveckla det våldsförebyggande arbetet' },
      { id: 'm1-s4', text: 'stärka det tidiga stödet' },
      { id: 'm1-s5', text: 'skapa en trygg och inkluderande arbetsmiljö' },
    ],
  },
  {
    number: 2,
    title: 'Staden arbetar aktivt med att förhindra att våld upprepas',
    strategies: [
      { id: 'm2-s1', text: 'agera mot kränkningar' },
      { id: 'm2-s2', text: 'nå fler som använder våld' },
      { id: 'm2-s3', text: 'flytta på våldsutövaren' },
    ],
  },
  {
    number: 3,
    title: 'Verksamma i staden ska upptäcka våld och kunna agera',
    strategies: [
      { id: 'm3-s1', text: 'uppmärksamma fler barn som lever med våld' },
      { id: 'm3-s2', text: 'systematiskt arbeta med att upptäcka våld' },
      { id: 'm3-s3', text: 'uppmärksamma flickor och unga kvinnor' },
      { id: 'm3-s4', text: 'bedriva tillsyn i olika riskmiljöer' },
    ],
  },
  {
    number: 4,
    title: 'Staden erbjuder stöd utifrån den enskildes behov',
    strategies: [
      { id: 'm4-s1', text: 'prioritera barn som upplevt våld' },
      { id: 'm4-s2', text: 'utveckla stöd- och skyddsinsatserna' },
      { id: 'm4-s3', text: 'stärka det långsiktiga stödet till våldsutsatta' },
      { id: 'm4-s4', text: 'ge stöd till utsatta medarbetare' },
    ],
  },
  {
    number: 5,
    title: 'Stadens arbete bygger på aktuell kunskap och forskning',
    strategies: [
      { id: 'm5-s1', text: 'samla kunskap om omfattningen av våld' },
      { id: 'm5-s2', text: 'stödja yrkesverksamma i att utveckla sitt arbete' },
      { id: 'm5-s3', text: 'utveckla nya metoder' },
    ],
  },
  {
    number: 6,
    title:
      'Stadens arbete sker i samverkan med myndigheter, civilsamhälle och andra relevanta aktörer',
    strategies: [
      // The plan words this strategy as a statement, not as a "Genom att …" verb phrase.
      { id: 'm6-s1', text: 'samverkan ska ske inom planens samtliga mål' },
      { id: 'm6-s2', text: 'utveckla samverkan kring enskilda barn och vuxna' },
      { id: 'm6-s3', text: 'stödja den idéburna sektorn' },
    ],
  },
];

/** The six fokusområden: the forms of violence the plan covers. */
const focusAreas: readonly CatalogEntry[] = [
  {
    id: 'vald-i-nara-relation',
    name: 'Våld i nära relation',
    nameEn: 'Violence in close relationships',
  },
  {
    id: 'barn-som-upplever-vald',
    name: 'Barn som upplever våld',
    nameEn: 'Children who experience violence',
  },
  {
    id: 'hedersrelaterat-vald-och-fortryck',
    name: 'Hedersrelaterat våld och förtryck',
    nameEn: 'Honour-related violence and oppression',
  },
  {
    id: 'sexuellt-vald-oberoende-av-relation',
    name: 'Sexuellt våld oberoende av relation',
    nameEn: 'Sexual violence regardless of relationship',
  },
  { id: 'sex-mot-ersattning', name: 'Sex mot ersättning', nameEn: 'Sex for compensation' },
  {
    id: 'manniskohandel-for-olika-andamal',
    name: 'Människohandel för olika ändamål',
    nameEn: 'Human trafficking for various purposes',
  },
];

/** The seven perspectives the plan raises (named as in the follow-up, section 2.3). */
const perspectives: readonly CatalogEntry[] = [
  { id: 'barnperspektivet', name: 'Barnperspektivet', nameEn: 'Child perspective' },
  { id: 'konsperspektivet', name: 'Könsperspektivet', nameEn: 'Gender perspective' },
  {
    id: 'grupper-i-behov-av-sarskilt-samhallsstod',
    name: 'Grupper i behov av särskilt samhällsstöd',
    nameEn: 'Groups in need of special support from society',
  },
  { id: 'valdsutovare', name: 'Våldsutövare', nameEn: 'Perpetrators of violence' },
  {
    id: 'arbetsgivarperspektivet',
    name: 'Arbetsgivarperspektivet',
    nameEn: 'Employer perspective',
  },
  { id: 'samverkan', name: 'Samverkan', nameEn: 'Cooperation' },
  {
    id: 'valdsforebyggande-arbete',
    name: 'Våldsförebyggande arbete',
    nameEn: 'Violence prevention',
  },
];

/** Grupper i behov av särskilt samhällsstöd. */
const targetGroups: readonly CatalogEntry[] = [
  { id: 'barn', name: 'Barn', nameEn: 'Children' },
  {
    id: 'ungdomar-och-unga-vuxna',
    name: 'Ungdomar och unga vuxna',
    nameEn: 'Adolescents and young adults',
  },
  { id: 'aldre', name: 'Äldre', nameEn: 'Older people' },
  {
    id: 'personer-med-funktionsnedsattning',
    name: 'Personer med funktionsnedsättning',
    nameEn: 'Persons with disabilities',
  },
  { id: 'hbtq-personer', name: 'Hbtq-personer', nameEn: 'LGBTQ people' },
  {
    id: 'kvinnor-med-missbruk',
    name: 'Kvinnor med missbruk',
    nameEn: 'Women with substance abuse',
  },
  {
    id: 'personer-utan-permanent-uppehallstillstand',
    name: 'Personer utan permanent uppehållstillstånd',
    nameEn: 'Persons without a permanent residence permit',
  },
];

/** The levels of the preventionstriangeln. */
const preventionLevels: readonly CatalogEntry[] = [
  { id: 'universell', name: 'Universell', nameEn: 'Universal' },
  { id: 'selektiv', name: 'Selektiv', nameEn: 'Selective' },
  { id: 'indikerad', name: 'Indikerad', nameEn: 'Indicated' },
];

/** The three headings every activity in a handlingsplan sits under. */
const headings: readonly CatalogEntry[] = [
  { id: 'stadsovergripande', name: 'Stadsövergripande', nameEn: 'City-wide' },
  { id: 'i-samverkan', name: 'I samverkan', nameEn: 'In cooperation' },
  { id: 'verksamhetsspecifik', name: 'Verksamhetsspecifik', nameEn: 'Organisation-specific' },
];

export const friFranVald: Plan = {
  id: 'fri-fran-vald-2022-2026',
  title: 'Fri från våld – en gemensam angelägenhet',
  periodStart: 2022,
  periodEnd: 2026,
  vision:
    'I Malmö blir ingen utsatt för våld och alla får själva bestämma över sitt liv och sin kropp.',
  goals,
  focusAreas,
  perspectives,
  targetGroups,
  preventionLevels,
  headings,
};
