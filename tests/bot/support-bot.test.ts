/**
 * Support information (stöd) through the real server and CloudAdapter: the reader's cards
 * in personal chat, the neutral line in group chats and channels, HR's editing with cards,
 * the announcement to the samordningsgrupp's channel (through a fake Bot Connector), and
 * the privacy rule: nothing about who asked is logged or stored anywhere.
 */
import { randomUUID } from 'node:crypto';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { listPublishedSupport } from '../../bot/src/domain/services/support-service';
import type { SupportAudience, SupportEntry } from '../../bot/src/domain/support/support-types';
import { t } from '../../bot/src/i18n';
import {
  BOT_ID,
  DEMO_SAMORDNARE,
  DEMO_SAMORDNING,
  cardAction,
  message,
  postActivity,
  postInvoke,
  teamsActivity,
  type ActivityOptions,
  type BotReply,
  type InvokeBody,
  type TeamsActivity,
} from '../helpers/activities';
import { cardNodes, executes, texts, type CardNode } from '../helpers/card-nodes';
import { dumpDatabase } from '../helpers/db-dump';
import { runtimeDatabaseOf, startTestServer, type TestServer } from '../helpers/server';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';

const HR = '00000000-0000-0000-0000-0000000000a3';
const CARD = 'application/vnd.microsoft.card.adaptive';
const AUDIENCES: readonly SupportAudience[] = ['medarbetare', 'kollega', 'chef'];
const CHANNEL: ActivityOptions = {
  conversationType: 'channel',
  conversationId: '19:samordningsgruppen@thread.tacv2',
};

/** Entry titles in a reader's card (the Medium TextRuns), in order. */
const entryTitles = (card: unknown): string[] =>
  cardNodes(card)
    .filter((n) => n['type'] === 'TextRun' && n['size'] === 'Medium')
    .map((n) => String(n['text']));

function onlyCard(replies: BotReply[]): CardNode {
  expect(replies).toHaveLength(1);
  const attachment = replies[0]?.attachments?.[0];
  expect(attachment?.contentType).toBe(CARD);
  return (attachment?.content ?? {}) as CardNode;
}

function onlyText(replies: BotReply[]): string {
  expect(replies).toHaveLength(1);
  expect(replies[0]?.attachments ?? []).toEqual([]);
  return replies[0]?.text ?? '';
}

function cardOf(body: InvokeBody): CardNode {
  expect(body.statusCode).toBe(200);
  expect(body.type).toBe(CARD);
  const card = body.value as CardNode;
  expect(card['version']).toBe('1.5');
  return card;
}

/** Every row of every table, as JSON. */
describe('support information', () => {
  let server: TestServer;
  let connector: FakeBotConnector;
  let emergency: SupportEntry;

  const send = (activity: TeamsActivity): Promise<BotReply[]> => postActivity(server.url, activity);
  const act = (verb: string, data: Record<string, unknown>, options: ActivityOptions = {}) =>
    postInvoke(server.url, cardAction(verb, data, options));
  const asHr: ActivityOptions = { userId: HR };

  beforeAll(async () => {
    [server, connector] = await Promise.all([startTestServer(), startFakeBotConnector()]);
    const found = (await server.store.support.list()).find(
      (e) => e.category === 'akut-hjalp' && e.status === 'publicerad',
    );
    if (found === undefined) throw new Error('no published emergency entry in the demo data');
    emergency = found;
  });

  afterAll(async () => {
    await Promise.all([server.stop(), connector.close()]);
  });

  describe('reading', () => {
    it('"stöd" in personal chat asks who the help is for, with three buttons', async () => {
      const card = onlyCard(await send(message('stöd', { userId: randomUUID() })));
      expect(texts(card)[0]).toBe('Vem gäller det?');
      const buttons = executes(card, 'support.show');
      expect(buttons.map((b) => b['title'])).toEqual(['Mig själv', 'En kollega', 'Som chef']);
      expect(buttons.map((b) => (b['data'] as CardNode)['audience'])).toEqual([...AUDIENCES]);
    });

    it('"support" answers in English', async () => {
      const card = onlyCard(await send(message('support', { locale: 'sv-SE' })));
      expect(texts(card)[0]).toBe('Who is the help for?');
      expect(executes(card).every((a) => (a['data'] as CardNode)['lang'] === 'en')).toBe(true);
    });

    it.each(AUDIENCES)(
      'shows the published entries for %s, emergency help first',
      async (audience) => {
        const card = cardOf(await act('support.show', { audience }, { userId: randomUUID() }));
        const expected = await listPublishedSupport(server.store, systemClock, audience);
        expect(expected.length).toBeGreaterThan(0);
        const titles = entryTitles(card);
        expect(titles[0]).toBe(emergency.title);
        expect(titles).toEqual(expected.slice(0, 15).map((e) => e.title));
        expect(executes(card, 'support.ask').map((a) => a['title'])).toEqual(['Välj någon annan']);
        expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
        // Back to the question, in place.
        const again = cardOf(await act('support.ask', {}, { userId: randomUUID() }));
        expect(executes(again, 'support.show')).toHaveLength(3);
      },
    );

    it('only offers a personal chat in a channel or group chat, and stores or logs nothing', async () => {
      const entries = await server.store.support.list();
      const runtimeBefore = dumpDatabase(runtimeDatabaseOf(server));
      const logsBefore = server.logs.length;
      for (const options of [CHANNEL, { conversationType: 'groupChat' as const }]) {
        // The neutral line and a button that opens the personal chat with the bot.
        const sv = await send(message('stöd', options));
        expect(texts(onlyCard(sv))).toContain(t('sv', 'support.personalOnly'));
        expect(JSON.stringify(sv)).toContain('https://teams.microsoft.com/l/chat/0/0?users=28:bot');
        const en = await send(message('support', options));
        expect(texts(onlyCard(en))).toContain(t('en', 'support.personalOnly'));
        for (const entry of entries) expect(JSON.stringify([sv, en])).not.toContain(entry.title);
        // A click (or a forged one) in a channel or group chat gets the same line and the
        // button to the personal chat, never the information (issue 18 item 7).
        const body = await act('support.show', { audience: 'chef' }, options);
        expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
        expect(texts(body.value as CardNode)).toContain(t('sv', 'support.personalOnly'));
        expect(JSON.stringify(body.value)).toContain(
          'https://teams.microsoft.com/l/chat/0/0?users=28:bot',
        );
        for (const entry of entries) expect(JSON.stringify(body)).not.toContain(entry.title);
      }
      expect(dumpDatabase(runtimeDatabaseOf(server))).toBe(runtimeBefore);
      expect(server.logs.length).toBe(logsBefore);
    });
  });

  describe('HR editing', () => {
    const title = `Stödlinjen ${randomUUID().slice(0, 8)}`;
    const form = {
      title,
      body: 'Ring oss **dygnet runt**. <script>alert(1)</script>',
      audiences: 'kollega,chef',
      category: 'stod-for-dig-som-ar-utsatt',
      validFrom: '',
      validTo: '',
      source: 'Testets källa',
    };

    it('lists every entry for HR with status and buttons', async () => {
      const card = onlyCard(await send(message('stöd admin', asHr)));
      const all = await server.store.support.list();
      for (const entry of all) expect(texts(card)).toContain(entry.title);
      expect(executes(card, 'support.new')).toHaveLength(1);
      expect(executes(card, 'support.edit').length).toBeGreaterThan(0);
      expect(executes(card, 'support.announce').length).toBeGreaterThan(0);
    });

    it('creates, refuses a bad e-mail in Swedish, saves a draft, publishes it for readers', async () => {
      const count = (await server.store.support.list()).length;
      const blank = cardOf(await act('support.new', {}, asHr));
      const save = executes(blank, 'support.save')[0]?.['data'] as CardNode;
      expect(save).toMatchObject({ entryId: '', version: '0' });

      const bad = cardOf(
        await act(
          'support.save',
          { ...save, ...form, contacts: 'HR; 040-34 10 00; inte-en-adress' },
          asHr,
        ),
      );
      expect(texts(bad)).toContain('Posten är inte sparad. Rätta följande:');
      expect(texts(bad)).toContain(
        'Kontakt 1, e-post: ange en giltig e-postadress, till exempel namn@malmo.se.',
      );
      const typed = cardNodes(bad).find((n) => n['id'] === 'contacts');
      expect(typed?.['value']).toBe('HR; 040-34 10 00; inte-en-adress');
      expect(cardNodes(bad).find((n) => n['id'] === 'title')?.['value']).toBe(title);
      expect(await server.store.support.list()).toHaveLength(count);

      const preview = cardOf(
        await act(
          'support.preview',
          { ...save, ...form, contacts: 'HR; 040-34 10 00; hr@malmo.se' },
          asHr,
        ),
      );
      expect(texts(preview)).toContain('Förhandsgranskning – så ser läsarna posten');
      expect(texts(preview)).toContain('Ring oss **dygnet runt**.');
      expect(await server.store.support.list()).toHaveLength(count);

      const saved = cardOf(
        await act(
          'support.save',
          { ...save, ...form, contacts: 'HR; 040-34 10 00; hr@malmo.se' },
          asHr,
        ),
      );
      expect(texts(saved)).toContain(t('sv', 'supportAdmin.created', { title }));
      const created = (await server.store.support.list()).find((e) => e.title === title);
      expect(created).toMatchObject({ status: 'utkast', body: 'Ring oss **dygnet runt**.' });
      if (created === undefined) throw new Error('not created');
      const chef = () => act('support.show', { audience: 'chef' }, { userId: randomUUID() });
      expect(entryTitles(cardOf(await chef()))).not.toContain(title);

      const publish = executes(saved, 'support.status').find(
        (a) =>
          (a['data'] as CardNode)['entryId'] === created.id &&
          (a['data'] as CardNode)['action'] === 'publish',
      );
      expect(publish).toBeDefined();
      const published = cardOf(await act('support.status', publish?.['data'] as CardNode, asHr));
      expect(texts(published)).toContain(`Publicerad: ${title}`);
      expect((await server.store.support.get(created.id))?.status).toBe('publicerad');
      expect(entryTitles(cardOf(await chef()))).toContain(title);
      const medarbetare = await act(
        'support.show',
        { audience: 'medarbetare' },
        { userId: randomUUID() },
      );
      expect(entryTitles(cardOf(medarbetare))).not.toContain(title);

      // A stale click (old version) changes nothing and says why.
      const stale = cardOf(await act('support.status', publish?.['data'] as CardNode, asHr));
      expect(texts(stale)).toContain(t('sv', 'supportAdmin.conflict'));
    });

    it('edits an entry in a prefilled form', async () => {
      const entry = (await server.store.support.list()).find((e) => e.status === 'publicerad');
      if (entry === undefined) throw new Error('no entry');
      const card = cardOf(await act('support.edit', { entryId: entry.id }, asHr));
      expect(cardNodes(card).find((n) => n['id'] === 'title')?.['value']).toBe(entry.title);
      expect(executes(card, 'support.save')[0]?.['data']).toEqual({
        entryId: entry.id,
        version: String(entry.version),
        lang: 'sv',
      });
    });

    it('refuses a samordnare, whatever the payload says, and changes nothing', async () => {
      const before = dumpDatabase(server.store.database);
      const refusal = onlyText(await send(message('stöd admin', CHANNEL)));
      expect(refusal).toBe(t('sv', 'supportAdmin.personalOnly'));
      const list = onlyCard(await send(message('stöd admin')));
      expect(texts(list)).toContain(t('sv', 'supportAdmin.forbidden'));
      const target = emergency;
      const attempts = [
        act('support.save', { entryId: '', version: 0, ...form, contacts: '' }),
        act('support.save', { entryId: target.id, version: target.version, ...form, contacts: '' }),
        act('support.status', { entryId: target.id, version: target.version, action: 'archive' }),
        act('support.status', {
          entryId: target.id,
          version: target.version,
          action: 'archive',
          role: 'hr',
          userId: HR,
        }),
        act('support.edit', { entryId: target.id }),
        act('support.new', {}),
        act('support.announce', { entryId: target.id }),
        act('support.save', { entryId: '', ...form }, { userId: randomUUID() }),
      ];
      for (const body of await Promise.all(attempts)) {
        const card = cardOf(body);
        expect(
          texts(card).some(
            (text) =>
              text === t('sv', 'supportAdmin.forbidden') ||
              text === t('sv', 'supportAdmin.unknownUser'),
          ),
        ).toBe(true);
        expect(executes(card, 'support.status')).toEqual([]);
      }
      expect(dumpDatabase(server.store.database)).toBe(before);
      expect(connector.posts).toHaveLength(0);
    });
  });

  describe('announcing to the samordningsgrupp', () => {
    it('says Samordning must choose a channel first when none is chosen', async () => {
      const card = cardOf(await act('support.announce', { entryId: emergency.id }, asHr));
      expect(texts(card)).toContain(t('sv', 'supportAnnounce.noChannel'));
      expect(connector.posts).toHaveLength(0);
    });

    it('posts a card about the entry to the channel Samordning chose', async () => {
      const install = teamsActivity(
        'conversationUpdate',
        { membersAdded: [{ id: BOT_ID }], serviceUrl: connector.serviceUrl },
        CHANNEL,
      );
      expect(await send(install)).toHaveLength(1); // the greeting, returned with expectReplies
      const stored = await server.runtime.conversations.get(String(CHANNEL.conversationId));
      expect(stored?.conversationType).toBe('channel');
      // Installing chooses nothing: still no channel for announcements.
      const before = cardOf(await act('support.announce', { entryId: emergency.id }, asHr));
      expect(texts(before)).toContain(t('sv', 'supportAnnounce.noChannel'));
      expect(connector.posts).toHaveLength(0);
      const chosen = await send(
        teamsActivity(
          'message',
          { text: 'använd den här kanalen', serviceUrl: connector.serviceUrl },
          { ...CHANNEL, userId: DEMO_SAMORDNING },
        ),
      );
      expect(chosen[0]?.text).toContain('Klart!');

      const card = cardOf(await act('support.announce', { entryId: emergency.id }, asHr));
      expect(texts(card)).toContain(t('sv', 'supportAnnounce.sent', { title: emergency.title }));
      expect(connector.posts).toHaveLength(1);
      const post = connector.posts[0];
      expect(post?.conversationId).toBe(CHANNEL.conversationId);
      const attachments = (post?.body['attachments'] ?? []) as {
        contentType: string;
        content: CardNode;
      }[];
      expect(attachments[0]?.contentType).toBe(CARD);
      expect(texts(attachments[0]?.content)).toEqual(
        expect.arrayContaining(['Ny stödinformation från HR', emergency.title]),
      );
      expect(executes(attachments[0]?.content)).toEqual([]);
    });
  });

  describe('privacy', () => {
    it('leaves no trace of who asked or what they wrote: no log line, no row', async () => {
      const userId = randomUUID();
      const name = `Integritet ${randomUUID()}`;
      const marker = randomUUID();
      const text = `<span title="${marker}">stöd</span>`;
      const from = { id: `29:${userId}`, aadObjectId: userId, name };
      const personal: ActivityOptions = { userId, conversationId: `a:privacy-${marker}` };

      const storeBefore = dumpDatabase(server.store.database);
      const runtimeBefore = dumpDatabase(runtimeDatabaseOf(server));
      const logsBefore = server.logs.length;

      const question = onlyCard(
        await send(teamsActivity('message', { text, textFormat: 'xml', from }, personal)),
      );
      expect(executes(question, 'support.show')).toHaveLength(3);
      for (const audience of AUDIENCES) {
        const click = teamsActivity(
          'invoke',
          {
            name: 'adaptiveCard/action',
            value: {
              action: { type: 'Action.Execute', verb: 'support.show', data: { audience } },
              trigger: 'manual',
            },
            deliveryMode: 'normal',
            from,
          },
          personal,
        );
        expect(entryTitles(cardOf(await postInvoke(server.url, click)))[0]).toBe(emergency.title);
      }
      const back = cardAction('support.ask', {}, personal);
      cardOf(await postInvoke(server.url, { ...back, from }));
      onlyCard(
        await send(
          teamsActivity('message', { text, textFormat: 'xml', from }, { ...CHANNEL, userId }),
        ),
      );

      const storeAfter = dumpDatabase(server.store.database);
      const runtimeAfter = dumpDatabase(runtimeDatabaseOf(server));
      const logs = JSON.stringify(server.logs);
      for (const needle of [userId, name, text, marker]) {
        expect([needle, storeAfter.includes(needle)]).toEqual([needle, false]);
        expect([needle, runtimeAfter.includes(needle)]).toEqual([needle, false]);
        expect([needle, logs.includes(needle)]).toEqual([needle, false]);
      }
      expect(storeAfter).toBe(storeBefore);
      expect(runtimeAfter).toBe(runtimeBefore);
      expect(server.logs.length).toBe(logsBefore);
      expect(await server.runtime.conversations.findPersonal(userId)).toBeUndefined();
      expect(DEMO_SAMORDNARE).not.toBe(userId);
    });
  });
});
