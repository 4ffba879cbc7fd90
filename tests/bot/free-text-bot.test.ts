/**
 * Free text through the real server and CloudAdapter (/api/messages, expectReplies): every
 * phrasing of issue #17's "Why" gets the right answer, one language, with buttons where the
 * bot cannot be sure; a disclosure is answered with support at once in personal chat, neutrally
 * with a button in a group chat, and leaves no trace of its text or its writer anywhere.
 */
import { randomUUID } from 'node:crypto';
import { t } from '../../bot/src/i18n';
import {
  DEMO_SAMORDNARE,
  DEMO_SAMORDNING,
  message,
  postActivity,
  type ActivityOptions,
  type BotReply,
} from '../helpers/activities';
import { validateAdaptiveCard } from '../helpers/adaptive-card-validator';
import { executes, ofType, texts, type CardNode } from '../helpers/card-nodes';
import { dumpDatabase } from '../helpers/db-dump';
import { noTraces, tracesOf } from '../helpers/no-trace';
import { runtimeDatabaseOf, startTestServer, type TestServer } from '../helpers/server';

const CARD = 'application/vnd.microsoft.card.adaptive';
const GROUP: ActivityOptions = {
  conversationType: 'groupChat',
  conversationId: '19:grupp@thread.v2',
};

type Reply = BotReply & {
  suggestedActions?: { to: string[]; actions: { title: string; value: string }[] };
};

/** The cards of a turn, each checked against the Adaptive Cards SDK and Teams' size limit. */
function cardsOf(replies: readonly BotReply[]): CardNode[] {
  const cards = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CARD);
  for (const { content } of cards) {
    expect(validateAdaptiveCard(content)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(content))).toBeLessThan(28 * 1024);
  }
  return cards.map((a) => a.content as CardNode);
}

const heading = (card: CardNode | undefined): string => texts(card)[0] ?? '';

describe('free text through /api/messages', () => {
  let server: TestServer;
  const send = (text: string, options: ActivityOptions = {}): Promise<Reply[]> =>
    postActivity(server.url, message(text, options));

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  describe('what a new samordnare writes (issue #17)', () => {
    it('"hej" greets Sara by name, short, with her three buttons', async () => {
      const [reply, ...rest] = await send('hej');
      expect(rest).toEqual([]);
      expect(reply?.text).toBe(t('sv', 'chat.greeting.named', { name: 'Sara' }));
      expect(reply?.suggestedActions?.actions.map((a) => a.value)).toEqual([
        'rapportera',
        'mina aktiviteter',
        'nästa möte',
      ]);
      expect(reply?.suggestedActions?.to).toEqual([`29:${DEMO_SAMORDNARE}`]);
    });

    it('"tack" gets a short "varsågod"', async () => {
      const replies = await send('tack');
      expect(replies.map((r) => r.text)).toEqual([t('sv', 'chat.thanks')]);
    });

    it('"hjälp mig" gets the help card, without Samordning’s commands', async () => {
      const [card] = cardsOf(await send('hjälp mig'));
      expect(heading(card)).toBe(t('sv', 'help.title'));
      const names = ofType(card, 'FactSet').flatMap((f) =>
        (f['facts'] as { title: string }[]).map((x) => x.title),
      );
      expect(names).toEqual(expect.arrayContaining(['rapportera', 'vad har jag kvar', 'stöd']));
      expect(names).not.toContain('påminn nu');
      expect(names).not.toContain('nytt möte');
      const forOmar = cardsOf(await send('hjälp mig', { userId: DEMO_SAMORDNING }))[0];
      expect(JSON.stringify(forOmar)).toContain('påminn nu');
    });

    it.each(['vad ska jag göra?', 'Vad har jag kvar?'])(
      '"%s" lists what is left in the open round with a Rapportera button',
      async (text) => {
        const [card] = cardsOf(await send(text));
        expect(heading(card)).toMatch(/^Kvar att rapportera inför /);
        const activities = await server.store.activities.list({
          organisationId: 'grundskoleforvaltningen',
        });
        const list = executes(card, 'status.list')[0]?.['data'] as CardNode;
        const roundId = String(list['roundId']);
        const inRound = await server.store.reports.latest({ roundId });
        const reported = new Set(inRound.map((r) => r.activityId));
        const left = activities.filter((a) => !reported.has(a.id)).map((a) => a.title);
        expect(left.length).toBeGreaterThan(0);
        for (const title of left.slice(0, 8)) expect(texts(card)).toContain(title);
        const report = executes(card, 'status.open')[0];
        expect(report?.['title']).toBe('Rapportera nu');
        expect((report?.['data'] as CardNode)['lang']).toBe('sv');
      },
    );

    it.each(['jag vill rapportera', 'rapporera', 'raportera'])(
      '"%s" opens the report list',
      async (text) => {
        const [card] = cardsOf(await send(text));
        expect(executes(card, 'status.open').length).toBeGreaterThan(0);
        expect(texts(card).join(' ')).toContain('Grundskoleförvaltningen');
      },
    );

    it('"visa mina aktiviteter" lists the organisation’s activities', async () => {
      const [card] = cardsOf(await send('visa mina aktiviteter'));
      expect(heading(card)).toBe('Mina aktiviteter – Grundskoleförvaltningen');
    });

    it.each(['när är nästa möte?', 'när ska jag rapportera senast?'])(
      '"%s" gives the next meeting and the deadline',
      async (text) => {
        const [card] = cardsOf(await send(text));
        expect(heading(card)).toMatch(/^Nästa möte: /);
        const facts = ofType(card, 'FactSet').flatMap((f) =>
          (f['facts'] as { title: string }[]).map((x) => x.title),
        );
        expect(facts).toEqual(expect.arrayContaining(['Tema', 'Rapportera senast']));
      },
    );

    it('"vilka har inte rapporterat?" lists the organisations, and Samordning can remind them', async () => {
      const [card] = cardsOf(
        await send('vilka har inte rapporterat?', { userId: DEMO_SAMORDNING }),
      );
      expect(heading(card)).toMatch(/^Inte rapporterat inför /);
      expect(texts(card).some((line) => line.startsWith('Grundskoleförvaltningen: '))).toBe(true);
      expect(executes(card, 'meeting.remindNow')).toHaveLength(1);
      const [forSara] = cardsOf(await send('vilka har inte rapporterat?'));
      expect(executes(forSara, 'meeting.remindNow')).toHaveLength(0);
    });

    it('"hur går det för fritid?" shows Fritidsförvaltningen’s figures', async () => {
      const [card] = cardsOf(await send('hur går det för fritid?', { userId: DEMO_SAMORDNING }));
      expect(heading(card)).toBe('Läget för Fritidsförvaltningen');
      const activities = await server.store.activities.list({
        organisationId: 'fritidsforvaltningen',
      });
      const facts = ofType(card, 'FactSet').flatMap(
        (f) => f['facts'] as { title: string; value: string }[],
      );
      expect(facts.find((f) => f.title === 'Aktiviteter')?.value).toBe(String(activities.length));
    });

    it('"hur många har rapporterat?" says how many of the organisations have', async () => {
      const [card] = cardsOf(await send('hur många har rapporterat?'));
      expect(heading(card)).toMatch(/^Sammanställning inför /);
      expect(
        texts(card).some((line) => / av \d+ organisationer har rapporterat allt\.$/.test(line)),
      ).toBe(true);
    });

    it.each(['allt är oförändrat', 'inget nytt sedan sist'])(
      '"%s" asks to confirm, and stores nothing yet',
      async (text) => {
        const before = dumpDatabase(server.store.database);
        const [card] = cardsOf(await send(text));
        expect(executes(card, 'status.allUnchanged.confirm')).toHaveLength(1);
        expect(dumpDatabase(server.store.database)).toBe(before);
      },
    );

    it('answers English in English only', async () => {
      const [card] = cardsOf(await send("what's left?", { locale: 'sv-SE' }));
      expect(heading(card)).toMatch(/^Left to report before /);
      const [greeting] = await send('hello', { locale: 'sv-SE' });
      expect(greeting?.text).toBe(t('en', 'chat.greeting.named', { name: 'Sara' }));
    });
  });

  describe('disclosures', () => {
    it('"jag är utsatt för våld hemma" gets support at once, emergency first, in personal chat', async () => {
      const replies = await send('jag är utsatt för våld hemma', { userId: randomUUID() });
      expect(replies[0]?.text).toBe(t('sv', 'chat.disclosure.self'));
      const [card] = cardsOf(replies);
      const emergency = (await server.store.support.list()).find(
        (e) => e.category === 'akut-hjalp' && e.status === 'publicerad',
      );
      expect(texts(card)).toContain(emergency?.title);
      expect(heading(card)).toBe(t('sv', 'support.show.title.medarbetare'));
    });

    it('"min kollega blir slagen" gets the support for a colleague', async () => {
      const replies = await send('min kollega blir slagen', { userId: randomUUID() });
      expect(replies[0]?.text).toBe(t('sv', 'chat.disclosure.other'));
      expect(heading(cardsOf(replies)[0])).toBe(t('sv', 'support.show.title.kollega'));
    });

    it('in a group chat: a neutral line and a button to the personal chat, never the text', async () => {
      const text = 'jag är utsatt för våld hemma';
      const replies = await send(text, GROUP);
      const [card] = cardsOf(replies);
      const json = JSON.stringify(replies);
      expect(json).not.toContain('våld');
      expect(json).not.toContain('utsatt');
      expect(texts(card)).toContain(t('sv', 'chat.private.text'));
      const open = ofType(card, 'Action.OpenUrl')[0];
      expect(open?.['url']).toBe('https://teams.microsoft.com/l/chat/0/0?users=28:bot');
    });

    it('"stöd" in a group chat carries the same button', async () => {
      const [card] = cardsOf(await send('stöd', GROUP));
      expect(texts(card)).toContain(t('sv', 'support.personalOnly'));
      expect(ofType(card, 'Action.OpenUrl')).toHaveLength(1);
    });

    it('leaves no trace of the text or the writer in the stores, the runtime database or the logs', async () => {
      const userId = randomUUID();
      const name = `Anställd ${randomUUID()}`;
      const marker = randomUUID().slice(0, 8);
      const disclosures = [
        `jag är utsatt för våld hemma ${marker}`,
        `min kollega ${marker} blir slagen`,
        `my husband hits me ${marker}`,
      ];
      const from = { id: `29:${userId}`, aadObjectId: userId, name };
      const storeBefore = dumpDatabase(server.store.database);
      const runtimeBefore = dumpDatabase(runtimeDatabaseOf(server));
      const logsBefore = server.logs.length;

      for (const text of disclosures) {
        for (const options of [{ userId }, { ...GROUP, userId }]) {
          const replies = await postActivity(server.url, { ...message(text, options), from });
          expect(replies.length).toBeGreaterThan(0);
          expect(JSON.stringify(replies)).not.toContain(marker);
        }
      }

      const needles = [userId, name, marker, ...disclosures];
      expect(tracesOf(server, needles, logsBefore)).toEqual(noTraces(needles));
      expect(dumpDatabase(server.store.database)).toBe(storeBefore);
      expect(dumpDatabase(runtimeDatabaseOf(server))).toBe(runtimeBefore);
      expect(server.logs.length).toBe(logsBefore);
      expect(await server.runtime.conversations.findPersonal(userId)).toBeUndefined();
    });
  });
});
