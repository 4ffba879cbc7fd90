/**
 * The organisations taking part in *Fri från våld* as named in the mid-term follow-up:
 * thirteen förvaltningar/kontor and the city-owned company MKB Fastighets AB.
 */
import type { Organisation } from '../types';

export const organisations: Organisation[] = [
  {
    id: 'arbetsmarknads-och-socialforvaltningen',
    name: 'Arbetsmarknads- och socialförvaltningen',
    kind: 'forvaltning',
  },
  { id: 'fastighets-och-gatukontoret', name: 'Fastighets- och gatukontoret', kind: 'forvaltning' },
  { id: 'fritidsforvaltningen', name: 'Fritidsförvaltningen', kind: 'forvaltning' },
  { id: 'funktionsstodsforvaltningen', name: 'Funktionsstödsförvaltningen', kind: 'forvaltning' },
  { id: 'forskoleforvaltningen', name: 'Förskoleförvaltningen', kind: 'forvaltning' },
  { id: 'grundskoleforvaltningen', name: 'Grundskoleförvaltningen', kind: 'forvaltning' },
  {
    id: 'gymnasie-och-vuxenutbildningsforvaltningen',
    name: 'Gymnasie- och vuxenutbildningsförvaltningen',
    kind: 'forvaltning',
  },
  {
    id: 'halsa-vard-och-omsorgsforvaltningen',
    name: 'Hälsa-, vård- och omsorgsförvaltningen',
    kind: 'forvaltning',
  },
  { id: 'kulturforvaltningen', name: 'Kulturförvaltningen', kind: 'forvaltning' },
  { id: 'miljoforvaltningen', name: 'Miljöförvaltningen', kind: 'forvaltning' },
  { id: 'serviceforvaltningen', name: 'Serviceförvaltningen', kind: 'forvaltning' },
  { id: 'stadsbyggnadskontoret', name: 'Stadsbyggnadskontoret', kind: 'forvaltning' },
  { id: 'stadskontoret', name: 'Stadskontoret', kind: 'forvaltning' },
  { id: 'mkb-fastighets-ab', name: 'MKB Fastighets AB', kind: 'bolag' },
];
