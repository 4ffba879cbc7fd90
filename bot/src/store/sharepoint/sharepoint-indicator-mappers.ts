import { z } from 'zod';
import {
  indicatorDefinitionKey,
  type IndicatorDefinition,
} from '../../domain/indicators/indicator-definition';
import { indicatorValueKey, type IndicatorValue } from '../../domain/indicators/indicator-types';
import { indicatorDefinitionSchema } from '../indicator-schemas';
import { mapper, type ListMapper } from './sharepoint-mappers';

/** The zod-checked mappers of Mått-värden and Kolada-cache (decision 0026). */

/** A Kolada series as the Kolada-cache list holds it: its cache key and the record text. */
export interface KoladaCacheRecord {
  readonly key: string;
  readonly series: string;
}

export const indicatorValueMapper: ListMapper<IndicatorValue> = mapper(
  'Mått-värden',
  z.object({
    planId: z.string(),
    indicatorId: z.string(),
    roundId: z.string(),
    value: z.number(),
    enteredByUserId: z.string(),
    enteredByName: z.string(),
    enteredAt: z.string(),
  }),
  indicatorValueKey,
  {
    out: (v) => ({ ...v, id: indicatorValueKey(v), title: `${v.indicatorId} ${v.roundId}` }),
    in: (raw) => {
      const { id: _id, title: _title, ...rest } = raw;
      return rest;
    },
  },
);

export const koladaCacheMapper: ListMapper<KoladaCacheRecord> = mapper(
  'Kolada-cache',
  z.object({ key: z.string(), series: z.string() }),
  (r) => r.key,
  {
    out: (r) => ({ ...r, title: r.key.slice(0, 255) }),
    in: (raw) => {
      const { title: _title, ...rest } = raw;
      return rest;
    },
  },
);

/** Mått-definitioner (decision 0032): the item's SamordnaId is plan and id, IndicatorId the id. */
export const indicatorDefinitionMapper: ListMapper<IndicatorDefinition> = mapper(
  'Mått-definitioner',
  indicatorDefinitionSchema,
  indicatorDefinitionKey,
  {
    out: (d) => ({ ...d, id: indicatorDefinitionKey(d), indicatorId: d.id }),
    in: (raw) => {
      const { id: _id, indicatorId, ...rest } = raw;
      return { ...rest, id: indicatorId };
    },
  },
);
