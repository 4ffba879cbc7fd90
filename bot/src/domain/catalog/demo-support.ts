import type { SupportEntry } from '../support/support-types';

/**
 * Demo support information (local mode only): the national helplines and authorities a
 * Swedish employee would be pointed to, plus clearly marked placeholders for Malmö stad's
 * own contacts. Every number was checked against the page in `source` on 2026-11-23; a
 * number that could not be confirmed was left out. HR must review this before real use.
 */

const REVIEWED = '2026-11-23T00:00:00.000Z';
const OWNER = 'stadskontoret';
const PLACEHOLDER = 'Fyll i Malmö stads kontaktuppgifter';

const base = {
  ownerOrganisationId: OWNER,
  status: 'publicerad',
  validFrom: null,
  validTo: null,
  reviewedAt: REVIEWED,
  demo: true,
  updatedAt: REVIEWED,
  updatedByName: 'Demodata',
} as const;

export const demoSupportEntries: readonly Omit<SupportEntry, 'version'>[] = [
  {
    ...base,
    id: 'demo-stod-112',
    title: '112 – vid akut fara',
    body:
      'Ring **112** om någon är i akut fara, om ett brott pågår eller om någon är allvarligt skadad. ' +
      'SOS Alarm svarar och larmar polis, ambulans eller räddningstjänst.\n\n' +
      '*In an emergency, call 112.*',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'akut-hjalp',
    contacts: [
      { name: 'SOS Alarm – 112', phone: '112', email: '', url: 'https://www.sosalarm.se/112' },
    ],
    source: 'https://www.sosalarm.se/112 (SOS Alarm: nödnumret 112 vid akuta nödsituationer)',
  },
  {
    ...base,
    id: 'demo-stod-polisen',
    title: 'Polisen – 114 14',
    body:
      'Ring **114 14** för att polisanmäla eller lämna tips när det inte är akut. ' +
      'Vid pågående brott eller akut fara: ring 112.\n\n' +
      'Anmälan kan också göras på polisen.se.',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [{ name: 'Polisen', phone: '114 14', email: '', url: 'https://polisen.se' }],
    source:
      'https://polisen.se/om-polisen/uppdrag-och-mal/sa-forenklas-kontakten-med-polisen (112 vid akuta händelser, 114 14 för icke akuta ärenden); ' +
      'https://www.sosalarm.se/inblick/redaktionella-artiklar/114-14-polismyndighetens-telefonnummer/',
  },
  {
    ...base,
    id: 'demo-stod-kvinnofridslinjen',
    title: 'Kvinnofridslinjen',
    body:
      'Nationell stödtelefon för dig som utsatts för fysiskt, psykiskt eller sexuellt våld. ' +
      'Öppen dygnet runt, kostnadsfri, syns inte på telefonräkningen och du kan vara anonym. ' +
      'Även närstående och yrkesverksamma kan ringa.',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [
      {
        name: 'Kvinnofridslinjen',
        phone: '020-50 50 50',
        email: '',
        url: 'https://kvinnofridslinjen.se',
      },
    ],
    source:
      'https://nck.uu.se/kvinnofridslinjen/nyheter-om-kvinnofridslinjen (NCK: "Kvinnofridslinjen 020-50 50 50 är Sveriges nationella stödtelefon"); ' +
      'https://nck.uu.se/kvinnofridslinjen/kvinnofridslinjen-ger-stod-per-telefon/ (dygnet runt)',
  },
  {
    ...base,
    id: 'demo-stod-brottsofferjouren',
    title: 'Brottsofferjouren',
    body:
      'Stöd för dig som utsatts för brott, har varit vittne eller är anhörig. ' +
      'Stödet är kostnadsfritt, du kan vara anonym och ingen polisanmälan krävs.',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [
      {
        name: 'Brottsofferjourens telefoncentral',
        phone: '116 006',
        email: 'fraga@boj.se',
        url: 'https://www.brottsofferjouren.se',
      },
    ],
    source:
      'https://www.brottsofferjouren.se/2020/09/15/brottsofferjourens-telefoncentral-far-helgoppet/ (telefoncentralen 116 006, fraga@boj.se)',
  },
  {
    ...base,
    id: 'demo-stod-1177',
    title: '1177 Vårdguiden',
    body:
      'Sjukvårdsrådgivning dygnet runt. Sjuksköterskan bedömer behovet av vård och hänvisar rätt. ' +
      'Gäller det ett livshotande tillstånd – ring 112.',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [{ name: '1177 Vårdguiden', phone: '1177', email: '', url: 'https://www.1177.se' }],
    source:
      'https://www.1177.se/stockholm/om-1177/nar-du-ringer-1177/nar-du-ringer-1177/ (1177 – nationellt nummer för sjukvårdsrådgivning, dygnet runt)',
  },
  {
    ...base,
    id: 'demo-stod-valj-att-sluta',
    title: 'Välj att sluta – för dig som utövar våld',
    body:
      'Telefonlinje för dig som utövar eller riskerar att utöva våld mot någon närstående. ' +
      'Du kan vara anonym. Även chefer, kollegor och andra som har frågor om våldsamt beteende kan ringa. ' +
      'Mer information: valjattsluta.se.',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-chefer-och-hr',
    contacts: [{ name: 'Välj att sluta', phone: '020-555 666', email: '', url: '' }],
    source:
      'https://www.herrljunga.se/omsorg-och-stod/nyheter-omsorg-och-hjalp/nyheter-omsorg-och-hjalp/2021-02-16-telefonlinje-for-valdsutovare.html ' +
      '(Välj att sluta blir nationell, 020–555 666); https://vardgivare.skane.se/kompetens-utveckling/nyheter/nyheter/ny-telefonlinje-for-personer-som-utovar-vald-mot-sin-partner/. ' +
      'Källorna är från 2019–2021: kontrollera namn och nummer på valjattsluta.se innan publicering.',
  },
  {
    ...base,
    id: 'demo-stod-terrafem',
    title: 'Terrafem – stöd på många språk',
    body:
      'Ideell jourtelefon för kvinnor och flickor med utländsk bakgrund som utsätts för våld, ' +
      'med stöd på många språk.',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [{ name: 'Terrafem', phone: '020-52 10 10', email: '', url: '' }],
    source:
      'http://terrafem.org/deutsch (Terrafems egen webbplats: "Die Telefonnummer ist: 020- 52 10 10"). ' +
      'Sidan är odaterad: kontrollera numret innan publicering.',
  },
  {
    ...base,
    id: 'demo-stod-malmo-hr',
    title: 'HR i Malmö stad (platshållare)',
    body:
      `**${PLACEHOLDER}.** Här ska HR:s kontaktvägar stå: vart chefer och medarbetare vänder sig ` +
      'när någon kan vara utsatt för våld, och vilka rutiner staden har.',
    audiences: ['chef', 'medarbetare'],
    category: 'stod-for-chefer-och-hr',
    contacts: [{ name: PLACEHOLDER, phone: '', email: '', url: '' }],
    source: 'Platshållare: Malmö stads egna kontaktuppgifter är inte ifyllda.',
  },
  {
    ...base,
    id: 'demo-stod-malmo-foretagshalsovard',
    title: 'Företagshälsovården (platshållare)',
    body:
      `**${PLACEHOLDER}.** Här ska företagshälsovårdens kontaktuppgifter stå, ` +
      'och hur chefer och medarbetare tar kontakt.',
    audiences: ['chef', 'medarbetare'],
    category: 'foretagshalsovard',
    contacts: [{ name: PLACEHOLDER, phone: '', email: '', url: '' }],
    source: 'Platshållare: Malmö stads egna kontaktuppgifter är inte ifyllda.',
  },
  {
    ...base,
    id: 'demo-stod-malmo-chefsstod',
    title: 'Stöd för dig som chef (platshållare)',
    body:
      `**${PLACEHOLDER}.** Här ska stödet för chefer stå: vem du som chef kan rådgöra med ` +
      'när en medarbetare kan vara utsatt för våld.',
    audiences: ['chef'],
    category: 'stod-for-chefer-och-hr',
    contacts: [{ name: PLACEHOLDER, phone: '', email: '', url: '' }],
    source: 'Platshållare: Malmö stads egna kontaktuppgifter är inte ifyllda.',
  },
];
