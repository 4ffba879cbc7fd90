/**
 * Bot turns through the real restify server and botbuilder CloudAdapter over HTTP.
 * Activities are sent with deliveryMode 'expectReplies', so the adapter returns the
 * bot's replies in the response body and no Bot Connector is needed.
 */
import { randomUUID } from 'node:crypto';
import { t } from '../../bot/src/i18n';
import {
  BOT_ID,
  DEMO_SAMORDNARE,
  DEMO_SAMORDNING,
  TENANT_ID,
  message,
  postActivity,
  teamsActivity,
  type BotReply,
} from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';
import { newActivity } from '../helpers/fixtures';

const GRUNDSKOLA = 'grundskoleforvaltningen';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

type CardElement = Record<string, unknown>;

/** The single Adaptive Card in a turn's replies (fails when there is not exactly one). */
function onlyCard(replies: BotReply[]): CardElement {
  expect(replies).toHaveLength(1);
  const attachments = replies[0]?.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe(ADAPTIVE);
  const card = attachments[0]?.content ?? {};
  expect(card['type']).toBe('AdaptiveCard');
  expect(card['version']).toBe('1.5');
  return card;
}

/** The only reply's text (fails when the turn did not answer with exactly one text). */
function onlyText(replies: BotReply[]): string {
  expect(replies).toHaveLength(1);
  expect(replies[0]?.attachments ?? []).toHaveLength(0);
  return replies[0]?.text ?? '';
}

/** Every element of a card, depth first (body, container items, columns, inlines). */
function elements(node: unknown): CardElement[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (node === null || typeof node !== 'object') return [];
  const element = node as CardElement;
  const children = ['body', 'items', 'columns', 'inlines'].flatMap((key) => elements(element[key]));
  return [element, ...children];
}

const ofType = (card: CardElement, type: string): CardElement[] =>
  elements(card['body']).filter((e) => e['type'] === type);

const firstTextBlock = (card: CardElement): string =>
  String(ofType(card, 'TextBlock')[0]?.['text'] ?? '');

/** Title (from the RichTextBlock TextRun) → status label, per activity row of the my-activities card. */
function activityRows(card: CardElement): Map<string, string> {
  const rows = new Map<string, string>();
  for (const set of ofType(card, 'ColumnSet')) {
    const [left, right] = (set['columns'] as CardElement[]) ?? [];
    const title = elements(left).find((e) => e['type'] === 'TextRun')?.['text'];
    const status = elements(right).find((e) => e['type'] === 'TextBlock')?.['text'];
    rows.set(String(title), String(status));
  }
  return rows;
}

describe('bot turns through the real adapter', () => {
  let server: TestServer;
  const send = (activity: Parameters<typeof postActivity>[1]): Promise<BotReply[]> =>
    postActivity(server.url, activity);

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  describe('help', () => {
    it('"hjälp" answers with the Swedish help card', async () => {
      const card = onlyCard(await send(message('hjälp')));
      expect(firstTextBlock(card)).toBe('Så här använder du Samordna');
      const facts = ofType(card, 'FactSet').flatMap((f) => f['facts'] as { title: string }[]);
      expect(facts.map((f) => f.title)).toEqual(
        expect.arrayContaining(['hjälp', 'mina aktiviteter']),
      );
    });

    it('"help" from an English client answers in English', async () => {
      const card = onlyCard(await send(message('help', { locale: 'en-US' })));
      expect(firstTextBlock(card)).toBe('How to use Samordna');
      const facts = ofType(card, 'FactSet').flatMap((f) => f['facts'] as { title: string }[]);
      expect(facts.map((f) => f.title)).toEqual(expect.arrayContaining(['help', 'my activities']));
    });

    it('"help" typed in English is answered in English even from a Swedish client', async () => {
      expect(firstTextBlock(onlyCard(await send(message('help', { locale: 'sv-SE' }))))).toBe(
        'How to use Samordna',
      );
    });

    it('"hjälp" from an English client is still answered in Swedish', async () => {
      expect(firstTextBlock(onlyCard(await send(message('hjälp', { locale: 'en-US' }))))).toBe(
        'Så här använder du Samordna',
      );
    });

    it('understands Teams HTML and a mention of the bot in a channel', async () => {
      expect(firstTextBlock(onlyCard(await send(message('<p>Hjälp!</p>'))))).toBe(
        'Så här använder du Samordna',
      );
      const mentioned = message('<at>Samordna</at> hjälp', { conversationType: 'channel' });
      mentioned['entities'] = [
        {
          type: 'mention',
          text: '<at>Samordna</at>',
          mentioned: { id: BOT_ID, name: 'Samordna' },
        },
      ];
      expect(firstTextBlock(onlyCard(await send(mentioned)))).toBe('Så här använder du Samordna');
    });
  });

  describe('mina aktiviteter', () => {
    it('lists every activity of the sender’s organisation with its latest status', async () => {
      const card = onlyCard(await send(message('mina aktiviteter')));
      expect(firstTextBlock(card)).toBe('Mina aktiviteter – Grundskoleförvaltningen');

      const activities = await server.store.activities.list({ organisationId: GRUNDSKOLA });
      expect(activities.length).toBeGreaterThan(0);
      const latest = await server.store.reports.latest({
        activityIds: activities.map((a) => a.id),
      });
      const statusOf = new Map(latest.map((r) => [r.activityId, r.status]));
      const unreported = activities.filter((a) => !statusOf.has(a.id));
      expect(unreported.length).toBeGreaterThanOrEqual(1);

      const rows = activityRows(card);
      expect([...rows.keys()].sort()).toEqual(activities.map((a) => a.title).sort());
      for (const activity of activities) {
        const status = statusOf.get(activity.id);
        const expected = status === undefined ? 'Ej rapporterad' : t('sv', `status.${status}`);
        expect({ title: activity.title, status: rows.get(activity.title) }).toEqual({
          title: activity.title,
          status: expected,
        });
      }
      // Demo data is marked as such.
      expect(ofType(card, 'TextBlock').map((b) => b['text'])).toContain(
        t('sv', 'myActivities.demo'),
      );
    });

    it('"my activities" from an English client answers in English', async () => {
      const card = onlyCard(await send(message('my activities', { locale: 'en-US' })));
      expect(firstTextBlock(card)).toBe('My activities – Grundskoleförvaltningen');
    });

    it('an unknown user is told they are not registered and whom to ask, in Swedish', async () => {
      const text = onlyText(await send(message('mina aktiviteter', { userId: randomUUID() })));
      expect(text).toBe(
        'Du är inte registrerad som samordnare. Be Samordning lägga till dig: Omar Haddad (demo).',
      );
    });

    it('a member without an organisation is told whom to ask', async () => {
      const userId = randomUUID();
      await server.store.members.upsert({
        userId,
        name: 'Utan förvaltning',
        organisationId: null,
        roles: [],
      });
      expect(onlyText(await send(message('mina aktiviteter', { userId })))).toBe(
        t('sv', 'people.notRegistered', { names: 'Omar Haddad (demo)' }),
      );
    });

    it('the Samordning user sees their own organisation’s activities', async () => {
      const card = onlyCard(await send(message('mina aktiviteter', { userId: DEMO_SAMORDNING })));
      expect(firstTextBlock(card)).toBe(
        'Mina aktiviteter – Arbetsmarknads- och socialförvaltningen',
      );
    });

    it('shows an activity title only as a TextRun, so Markdown in it is not rendered', async () => {
      const marker = `md-${randomUUID()}`;
      const title = `Läs mer [klicka](https://evil.example) **${marker}**`;
      await server.store.activities.create(
        newActivity({
          id: `test-${marker}`,
          planId: 'fri-fran-vald-2022-2026',
          organisationId: GRUNDSKOLA,
          title,
        }),
      );

      const card = onlyCard(await send(message('mina aktiviteter')));
      const holders = elements(card['body']).filter((e) => JSON.stringify(e).includes(marker));
      // Innermost element holding the title is a TextRun inside a RichTextBlock.
      const textRuns = holders.filter((e) => e['type'] === 'TextRun');
      expect(textRuns.map((e) => e['text'])).toEqual([title]);
      expect(holders.some((e) => e['type'] === 'RichTextBlock')).toBe(true);
      expect(holders.some((e) => e['type'] === 'TextBlock')).toBe(false);
      expect(activityRows(card).get(title)).toBe('Ej rapporterad');
    });
  });

  describe('free text', () => {
    const fallback = (replies: BotReply[]) => {
      expect(replies).toHaveLength(1);
      const reply = replies[0] as BotReply & {
        suggestedActions?: { actions: { title: string; value: string }[] };
      };
      return { text: reply.text ?? '', buttons: reply.suggestedActions?.actions ?? [] };
    };

    it('text it does not understand gets a Swedish line and three buttons for a samordnare', async () => {
      const { text, buttons } = fallback(await send(message('vad är klockan?')));
      expect(text).toBe(`${t('sv', 'chat.fallback')} ${t('sv', 'chat.fallback.choose')}`);
      expect(buttons.map((b) => b.value)).toEqual(['rapportera', 'mina aktiviteter', 'nästa möte']);
    });

    it('an English client gets one language only: English for English words', async () => {
      const { text, buttons } = fallback(
        await send(message('what time is it', { locale: 'en-US' })),
      );
      expect(text).toBe(`${t('en', 'chat.fallback')} ${t('en', 'chat.fallback.choose')}`);
      expect(text).not.toContain(t('sv', 'chat.fallback'));
      expect(buttons.map((b) => b.title)).toEqual(['Report', 'My activities', 'Next meeting']);
    });

    it('Samordning is offered Samordning’s three', async () => {
      const { buttons } = fallback(
        await send(message('vad är klockan?', { userId: DEMO_SAMORDNING })),
      );
      expect(buttons.map((b) => b.value)).toEqual([
        'vilka har inte rapporterat',
        'möten',
        'sammanställning',
      ]);
    });

    it('says what came close ("Menade du …?") and offers it first', async () => {
      const { text, buttons } = fallback(await send(message('min granne undrar om hjälpen')));
      expect(text).toContain(t('sv', 'chat.fallback.didYouMean', { label: 'Hjälp' }));
      expect(buttons[0]?.value).toBe('hjälp');
    });

    it('never writes what the user typed to the logs', async () => {
      const marker = `hemligt-${randomUUID()}`;
      fallback(await send(message(`Min granne ${marker} behöver hjälp`)));
      // A command's text must not be logged either.
      await send(message(`mina aktiviteter`, { userId: randomUUID() }));
      expect(server.logs.length).toBeGreaterThan(0);
      expect(JSON.stringify(server.logs)).not.toContain(marker);
      expect(JSON.stringify(server.logs)).not.toContain('Min granne');
    });
  });

  describe('installation', () => {
    it('greets in Swedish and remembers the conversation when the bot is added', async () => {
      const conversationId = `a:install-${randomUUID()}`;
      const replies = await send(
        teamsActivity(
          'conversationUpdate',
          { membersAdded: [{ id: BOT_ID }, { id: `29:${DEMO_SAMORDNARE}` }] },
          { conversationId, locale: 'en-US' },
        ),
      );
      const card = onlyCard(replies);
      expect(firstTextBlock(card)).toBe('Hej! Jag är Samordna');

      const stored = await server.runtime.conversations.get(conversationId);
      expect(stored).toMatchObject({
        conversationId,
        conversationType: 'personal',
        userId: DEMO_SAMORDNARE,
        tenantId: TENANT_ID,
        serviceUrl: 'http://127.0.0.1:9/',
      });
      const reference = JSON.parse(stored?.reference ?? '{}') as Record<string, unknown>;
      expect(reference['conversation']).toMatchObject({ id: conversationId });
      expect(await server.runtime.conversations.findPersonal(DEMO_SAMORDNARE)).toBeDefined();
    });

    it('stores no user for a group chat', async () => {
      const conversationId = `19:group-${randomUUID()}`;
      await send(
        teamsActivity(
          'conversationUpdate',
          { membersAdded: [{ id: BOT_ID }] },
          { conversationId, conversationType: 'groupChat' },
        ),
      );
      expect(await server.runtime.conversations.get(conversationId)).toMatchObject({
        conversationType: 'groupChat',
        userId: null,
      });
    });

    it('does not greet or remember when only a user is added', async () => {
      const conversationId = `19:group-${randomUUID()}`;
      const replies = await send(
        teamsActivity(
          'conversationUpdate',
          { membersAdded: [{ id: `29:${randomUUID()}` }] },
          { conversationId, conversationType: 'groupChat' },
        ),
      );
      expect(replies).toEqual([]);
      expect(await server.runtime.conversations.get(conversationId)).toBeUndefined();
    });

    it('installationUpdate add remembers the conversation and remove forgets it', async () => {
      const userId = randomUUID();
      const conversationId = `a:installation-${randomUUID()}`;
      const add = await send(
        teamsActivity('installationUpdate', { action: 'add' }, { userId, conversationId }),
      );
      expect(add).toEqual([]);
      expect(await server.runtime.conversations.get(conversationId)).toMatchObject({ userId });

      const remove = await send(
        teamsActivity('installationUpdate', { action: 'remove' }, { userId, conversationId }),
      );
      expect(remove).toEqual([]);
      expect(await server.runtime.conversations.get(conversationId)).toBeUndefined();
      expect(await server.runtime.conversations.findPersonal(userId)).toBeUndefined();
    });
  });
});
