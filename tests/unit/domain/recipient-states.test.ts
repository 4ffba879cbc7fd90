/**
 * Reminders as people read them (issue 18 item 3, decision 0023): one line per person and
 * meeting with the state of the latest message she was due, never one per message.
 */
import { recipientCounts, recipientLines } from '../../../bot/src/domain/delivery/recipient-states';
import type { OutboxJob, OutboxJobStatus } from '../../../bot/src/domain/ports/outbox.port';

const job = (
  key: string,
  userId: string,
  kind: string,
  dueAt: string,
  status: OutboxJobStatus,
  updatedAt = dueAt,
): OutboxJob => ({
  key,
  groupKey: 'm1',
  kind,
  recipient: { kind: 'user', userId },
  message: { text: 'x' },
  dueAt,
  expiresAt: null,
  status,
  attempts: status === 'failed' ? 5 : 0,
  nextAttemptAt: dueAt,
  lastError: null,
  sentAt: status === 'sent' ? updatedAt : null,
  interruptedAt: null,
  createdAt: dueAt,
  updatedAt,
});

const D1 = '2026-11-20T08:00:00.000Z';
const D2 = '2026-11-23T08:00:00.000Z';
const D3 = '2026-11-24T08:00:00.000Z';

describe('recipientLines', () => {
  it('gives a person reached by a later reminder the state "sent", once', () => {
    const lines = recipientLines([
      job('m1:r1:open:sara', 'sara', 'round-open', D1, 'unreachable'),
      job('m1:r1:nudge:sara', 'sara', 'nudge', D2, 'sent'),
      job('m1:r1:open:jonas', 'jonas', 'round-open', D1, 'unreachable'),
      job('m1:r1:nudge:jonas', 'jonas', 'nudge', D2, 'unreachable'),
    ]);
    expect(lines.map((l) => [l.userId, l.state, l.kind])).toEqual([
      ['jonas', 'unreachable', 'nudge'],
      ['sara', 'sent', 'nudge'],
    ]);
    expect(lines[1]?.lastSentAt).toBe(D2);
    expect(recipientCounts(lines)).toEqual({
      pending: 0,
      sent: 1,
      failed: 0,
      unreachable: 1,
      expired: 0,
    });
  });

  it('keeps the last time someone was reached when her latest reminder failed', () => {
    const [line] = recipientLines([
      job('m1:r1:open:sara', 'sara', 'round-open', D1, 'sent'),
      job('m1:r1:nudge:sara', 'sara', 'nudge', D2, 'failed', D3),
    ]);
    expect(line).toMatchObject({ state: 'failed', key: 'm1:r1:nudge:sara', lastSentAt: D1 });
  });

  it('skips withdrawn messages and channel posts, and merges a stand-in copy into the person', () => {
    const lines = recipientLines([
      job('m1:r1:open:sara', 'sara', 'round-open', D1, 'sent'),
      job('m1:r1:nudge:sara', 'sara', 'nudge', D2, 'withdrawn'),
      job('m1:r1:open:omar~kultur', 'omar', 'round-open', D1, 'sent'),
      job('m1:r1:open:omar', 'omar', 'round-open', D1, 'pending', D2),
      job('m1:r1:only:eva', 'eva', 'nudge', D2, 'withdrawn'),
      {
        ...job('m1:r1:summary:ch', 'x', 'summary', D2, 'sent'),
        recipient: { kind: 'conversation', conversationId: 'ch' },
      },
    ]);
    expect(lines.map((l) => [l.userId, l.state])).toEqual([
      ['omar', 'pending'],
      ['sara', 'sent'],
    ]);
  });
});
