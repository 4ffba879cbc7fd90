/**
 * Property-based fuzzing (fast-check) of everything a client can send: Adaptive Card
 * Action.Execute payloads for every verb, forged invoke envelopes, and tab API bodies.
 * Properties: never a 500; input the verb's schema rejects stores nothing (the SQLite store
 * is dumped before and after). Valid-by-chance input may be stored, as it should.
 */
import fc from 'fast-check';
import type { ZodTypeAny } from 'zod';
import { cardAction, DEMO_SAMORDNING, teamsActivity } from '../helpers/activities';
import { createBotClient, type BotClient } from '../helpers/bot-client';
import { dumpDatabase } from '../helpers/db-dump';
import { startTestServer, type TestServer } from '../helpers/server';
import {
  allUnchangedAskData,
  allUnchangedConfirmData,
  editActivityData,
  listData,
  openData,
  saveActivityData,
  submitData,
  SUPPORT_VERBS,
  supportEntryData,
  supportFormData,
  supportShowData,
  supportStatusData,
  unchangedData,
  VERBS,
} from '../../bot/src/teams/actions/verbs';
import {
  supportEntryInputSchema,
  supportEntryUpdateSchema,
  supportStatusSchema,
} from '../../bot/src/http/support-api';

/** What the server receives: the value after a JSON round trip. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;
const DEMO_HR = '00000000-0000-0000-0000-0000000000a3';
const RUNS_PER_VERB = 20;

/** The schema of each verb's data; null for verbs that take none (anything is "invalid" there). */
const VERB_SCHEMAS: Readonly<Record<string, ZodTypeAny | null>> = {
  [VERBS.list]: listData,
  [VERBS.refresh]: listData,
  [VERBS.open]: openData,
  [VERBS.next]: openData,
  [VERBS.submit]: submitData,
  [VERBS.unchanged]: unchangedData,
  [VERBS.allUnchangedAsk]: allUnchangedAskData,
  [VERBS.allUnchangedConfirm]: allUnchangedConfirmData,
  [VERBS.done]: null,
  [VERBS.newActivity]: null,
  [VERBS.editActivity]: editActivityData,
  [VERBS.saveActivity]: saveActivityData,
  [SUPPORT_VERBS.ask]: null,
  [SUPPORT_VERBS.show]: supportShowData,
  [SUPPORT_VERBS.admin]: null,
  [SUPPORT_VERBS.newEntry]: null,
  [SUPPORT_VERBS.edit]: supportEntryData,
  [SUPPORT_VERBS.preview]: supportFormData,
  [SUPPORT_VERBS.save]: supportFormData,
  [SUPPORT_VERBS.status]: supportStatusData,
  [SUPPORT_VERBS.announce]: supportEntryData,
};

/** Field names the handlers read, so generated objects hit real fields, not only noise. */
const FIELDS = [
  ...new Set(
    Object.values(VERB_SCHEMAS).flatMap((schema) =>
      schema !== null && 'shape' in schema ? Object.keys(schema.shape as object) : [],
    ),
  ),
];

/** Values that stress parsers: odd strings, numbers, nesting, prototype keys, huge text. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    'NaN',
    'true',
    'null',
    '__proto__',
    'constructor',
    "'; DROP TABLE reports; --",
    '<script>alert(1)</script>',
    '${7*7}',
    '{{7*7}}',
    '\u0000',
    'a'.repeat(5000),
    'pagar',
    'klar',
    'ingen',
    'intern',
    'fri-fran-vald-2022-2026',
    '00000000-0000-4000-8000-000000000000',
  ),
  fc.uuid(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

const payload = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS, '__proto__', 'constructor', 'roles', 'userId'), nasty, {
    maxKeys: 12,
  }),
  fc.dictionary(fc.string(), nasty, { maxKeys: 5 }),
);

describe('fuzz: card payloads and tab API bodies', () => {
  let server: TestServer;
  let bot: BotClient;
  let errorSpy: jest.SpyInstance;

  beforeAll(async () => {
    errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    server = await startTestServer({
      SAMORDNA_DEV_USER_ID: DEMO_HR,
      SAMORDNA_TAB_API_RATE_LIMIT: '1000000',
    });
    bot = createBotClient(server.url, { maxSockets: 4 });
  });
  afterAll(async () => {
    bot.close();
    await server.stop();
    errorSpy.mockRestore();
  });

  const dump = (): string => dumpDatabase(server.store.database);
  const serverErrors = (): string[] =>
    server.logs
      .filter((line) => typeof line['level'] === 'number' && line['level'] >= 50)
      .map((line) => JSON.stringify(line).slice(0, 600));

  it.each(Object.keys(VERB_SCHEMAS))(
    'verb %s: random data never gives a 500; rejected data stores nothing',
    async (verb) => {
      const schema = VERB_SCHEMAS[verb] ?? null;
      await fc.assert(
        fc.asyncProperty(
          payload,
          fc.constantFrom(DEMO_SAMORDNING, DEMO_HR, '00000000-0000-0000-0000-00000000ffff'),
          async (data, userId) => {
            const before = dump();
            const response = await bot.send(
              cardAction(verb, data, { userId, conversationType: 'personal' }),
            );
            expect(response.status).not.toBe(500);
            const body = JSON.parse(response.body) as { statusCode?: number };
            expect(body.statusCode).not.toBe(500);
            const rejected = schema === null ? false : !schema.safeParse(asJson(data)).success;
            if (rejected) expect(dump()).toBe(before);
          },
        ),
        { numRuns: RUNS_PER_VERB },
      );
      expect(serverErrors()).toEqual([]);
    },
  );

  it('forged invoke envelopes (wrong shapes, unknown verbs) never give a 500 and store nothing', async () => {
    const value = fc.oneof(
      nasty,
      fc.record({ action: nasty }),
      fc.record({
        action: fc.record({ type: nasty, verb: nasty, data: fc.oneof(nasty, payload) }),
        trigger: nasty,
      }),
      fc.record({
        action: fc.record({
          type: fc.constant('Action.Execute'),
          verb: fc.oneof(fc.string(), fc.constantFrom(...Object.keys(VERB_SCHEMAS))),
          data: nasty,
        }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        value,
        fc.constantFrom('adaptiveCard/action', 'task/fetch', 'composeExtension/query', 'x'),
        async (forged, name) => {
          const before = dump();
          const activity = teamsActivity('invoke', { name, value: forged, deliveryMode: 'normal' });
          const response = await bot.send(activity);
          expect(response.status).not.toBe(500);
          expect(dump()).toBe(before);
        },
      ),
      { numRuns: 100 },
    );
    expect(serverErrors()).toEqual([]);
  });

  it('tab API bodies: never a 500, rejected bodies store nothing', async () => {
    const existing = server.store.database
      .prepare('SELECT id FROM support_entries LIMIT 1')
      .get() as { id: string } | undefined;
    const entryId = existing?.id ?? 'none';
    const routes = [
      { method: 'POST', path: '/api/v1/support', schema: supportEntryInputSchema },
      { method: 'PUT', path: `/api/v1/support/${entryId}`, schema: supportEntryUpdateSchema },
      { method: 'POST', path: `/api/v1/support/${entryId}/status`, schema: supportStatusSchema },
    ] as const;
    const statuses = new Set<number>();
    const body = fc.oneof(
      payload,
      fc.jsonValue(),
      fc.record({
        title: nasty,
        body: nasty,
        audiences: fc.oneof(nasty, fc.array(nasty, { maxLength: 4 })),
        category: nasty,
        contacts: nasty,
        version: nasty,
        action: nasty,
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (route, json) => {
        const before = dump();
        const response = await fetch(`${server.url}${route.path}`, {
          method: route.method,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(json),
        });
        const text = await response.text();
        statuses.add(response.status);
        expect(response.status).not.toBe(500);
        expect(text).not.toMatch(/\bat .+\(|ZodError|SqliteError/);
        if (!route.schema.safeParse(asJson(json)).success) expect(dump()).toBe(before);
      }),
      { numRuns: 120 },
    );
    expect(statuses).toContain(400); // bodies reached validation as HR, not just a 401/403
    expect(serverErrors()).toEqual([]);
  });
});
