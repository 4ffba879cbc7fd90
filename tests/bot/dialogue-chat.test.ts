/**
 * Dialogue meetings in the personal chat (issue 15 item 7, decision 0033), through the real
 * server: "nästa möte" gives a samordnare her organisation's dialogue meeting, labelled, and
 * never another organisation's; "möten" lists hers (Samordning sees every dialogue), each with
 * its organisation.
 */
import {
  DEMO_SAMORDNARE,
  DEMO_SAMORDNING,
  message,
  postActivity,
  type BotReply,
} from '../helpers/activities';
import { ofType, textBlocks, texts, type CardNode } from '../helpers/card-nodes';
import { TestClock } from '../helpers/rhythm-world';
import { startTestServer, type TestServer } from '../helpers/server';
import { validateAdaptiveCard } from '../helpers/adaptive-card-validator';
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import { createFollowUpRoundWithDialogues } from '../../bot/src/domain/services/round-service';
import { slot } from '../helpers/dialogue-world';

// Monday 23 November 2026, 11:00 in Stockholm.
const NOW = '2026-11-23T10:00:00.000Z';
const factsOf = (card: CardNode): { title: string; value: string }[] =>
  ofType(card, 'FactSet').flatMap((n) => n['facts'] as { title: string; value: string }[]);

function onlyCard(replies: BotReply[]): CardNode {
  expect(replies).toHaveLength(1);
  return (replies[0]?.attachments?.[0]?.content ?? {}) as CardNode;
}

describe('dialogue meetings in the chat', () => {
  let server: TestServer;
  const clock = new TestClock(new Date(NOW));

  beforeAll(async () => {
    server = await startTestServer({}, clock, {
      delivery: { outbox: new InMemoryOutbox(), leases: new InMemoryLeases() },
      scheduler: false,
    });
    // Tomorrow morning: Samordning meets the Grundskoleförvaltningen (Sara's) and, at the same
    // time, the Kulturförvaltningen.
    const outcome = await createFollowUpRoundWithDialogues(
      { store: server.store, clock, ...server.rhythm },
      { title: 'Uppföljning genom dialog 2026', from: '2026-11-01', to: '2026-12-31' },
      [
        slot('grundskoleforvaltningen', '2026-11-24', {
          startTime: '08:00',
          endTime: '09:00',
          teamsLink: 'https://teams.microsoft.com/l/meetup-join/grundskola',
        }),
        slot('kulturforvaltningen', '2026-11-24', { startTime: '08:00', endTime: '09:00' }),
      ],
    );
    expect(outcome.kind).toBe('created');
  });
  afterAll(async () => {
    await server.stop();
  });

  const ask = async (text: string, userId: string) =>
    onlyCard(await postActivity(server.url, message(text, { userId })));

  it('"nästa möte" gives a samordnare her organisation’s dialogue meeting, labelled as one', async () => {
    const card = await ask('nästa möte', DEMO_SAMORDNARE);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(textBlocks(card)[0]).toBe(
      'Nästa möte: dialogmöte med Samordning om uppföljningen 24 november 2026 kl. 08:00',
    );
    expect(JSON.stringify(card)).toContain('Dialogmöte: Uppföljning genom dialog 2026');
    expect(JSON.stringify(card)).toContain('https://teams.microsoft.com/l/meetup-join/grundskola');
  });

  it('"nästa möte" never gives anyone another organisation’s dialogue', async () => {
    // Omar (Samordning) belongs to the Arbetsmarknads- och socialförvaltningen: no dialogue.
    const card = await ask('nästa möte', DEMO_SAMORDNING);
    expect(textBlocks(card)[0]).toMatch(/^Nästa möte: /);
    expect(textBlocks(card)[0]).not.toContain('dialogmöte');
    expect(JSON.stringify(card)).not.toContain('Dialogmöte');
  });

  it('"möten" lists a samordnare’s own dialogue with its organisation, Samordning’s every one', async () => {
    const dialogueLines = (card: CardNode) =>
      factsOf(card).filter((f) => f.value.startsWith('Dialogmöte'));
    const mine = await ask('möten', DEMO_SAMORDNARE);
    expect(validateAdaptiveCard(mine)).toEqual([]);
    expect(dialogueLines(mine)).toEqual([
      {
        title: '24 november 2026 kl. 08:00',
        value: 'Dialogmöte: Uppföljning genom dialog 2026 – med Grundskoleförvaltningen',
      },
    ]);
    // The samordningsgrupp's meetings (13:00–15:00 in the demo) are still listed.
    expect(factsOf(mine).some((f) => f.title.endsWith('kl. 13:00'))).toBe(true);
    const all = await ask('möten', DEMO_SAMORDNING);
    expect(
      dialogueLines(all)
        .map((f) => f.value)
        .sort(),
    ).toEqual([
      'Dialogmöte: Uppföljning genom dialog 2026 – med Grundskoleförvaltningen',
      'Dialogmöte: Uppföljning genom dialog 2026 – med Kulturförvaltningen',
    ]);
    expect(texts(all)).toContain('Samordningsgruppens möten 2026');
  });
});
