/**
 * Status collection through the real server and CloudAdapter: the "status" command and
 * every Universal Action (Action.Execute) of the reporting cards, with the rules that
 * must hold — authorization from the sender, validation, idempotency, no lost update.
 */
import { randomUUID } from 'node:crypto';
import { t } from '../../bot/src/i18n';
import {
  DEMO_SAMORDNARE,
  DEMO_SAMORDNING,
  cardAction,
  message,
  postActivity,
  postInvoke,
  type ActivityOptions,
  type InvokeBody,
} from '../helpers/activities';
import { cardNodes, executes, texts, type CardNode } from '../helpers/card-nodes';
import { demoRoundId } from '../helpers/demo-round';
import { startTestServer, type TestServer } from '../helpers/server';

const GRUNDSKOLA = 'grundskoleforvaltningen';
const FRITID = 'fritidsforvaltningen';
const CARD = 'application/vnd.microsoft.card.adaptive';

function dataOf(action: CardNode | undefined): Record<string, unknown> {
  expect(action).toBeDefined();
  return (action?.['data'] ?? {}) as Record<string, unknown>;
}

function cardOf(body: InvokeBody): CardNode {
  expect(body.statusCode).toBe(200);
  expect(body.type).toBe(CARD);
  const card = body.value as CardNode;
  expect(card['type']).toBe('AdaptiveCard');
  expect(card['version']).toBe('1.5');
  return card;
}

describe('status collection', () => {
  let server: TestServer;
  let roundId: string;

  const act = async (verb: string, data: Record<string, unknown>, options: ActivityOptions = {}) =>
    postInvoke(server.url, cardAction(verb, data, options));

  const reportsOf = async (activityId: string) => server.store.reports.history(activityId);

  async function openForm(activityId: string, options: ActivityOptions = {}) {
    const card = cardOf(await act('status.open', { activityId, roundId }, options));
    return { card, submit: dataOf(executes(card, 'status.submit')[0]) };
  }

  async function grundskolaActivities() {
    return server.store.activities.list({ organisationId: GRUNDSKOLA });
  }

  /** Opens the first Grundskola activity's form and submits it with `fields` over an empty report. */
  async function submitFirstForm(fields: Record<string, unknown>) {
    const [activity] = await grundskolaActivities();
    if (activity === undefined) throw new Error('demo activity missing');
    const { submit } = await openForm(activity.id);
    const before = (await reportsOf(activity.id)).length;
    const card = cardOf(
      await act('status.submit', {
        ...submit,
        status: 'pagar',
        done: '',
        next: '',
        reason: '',
        ...fields,
      }),
    );
    return { activity, before, card };
  }

  beforeAll(async () => {
    server = await startTestServer();
    roundId = await demoRoundId(server.store);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('"status" lists the organisation\'s activities for the open round, refreshing for the sender', async () => {
    const replies = await postActivity(server.url, message('status'));
    expect(replies).toHaveLength(1);
    const attachment = replies[0]?.attachments?.[0];
    expect(attachment?.contentType).toBe(CARD);
    const card = attachment?.content as CardNode;
    const refresh = card['refresh'] as CardNode;
    expect(refresh['userIds']).toEqual([`29:${DEMO_SAMORDNARE}`]);
    expect((refresh['action'] as CardNode)['verb']).toBe('status.refresh');
    const activities = await grundskolaActivities();
    for (const activity of activities) expect(texts(card)).toContain(activity.title);
    const opened = executes(card, 'status.open').map((a) => dataOf(a)['activityId']);
    expect(new Set(opened)).toEqual(new Set(activities.map((a) => a.id)));
    expect(executes(card, 'status.open').every((a) => dataOf(a)['roundId'] === roundId)).toBe(true);
  });

  it('posts a neutral card in a channel, from which each person opens their own view', async () => {
    const inChannel = {
      conversationType: 'channel' as const,
      conversationId: '19:samordningsgruppen@thread.tacv2',
    };
    const replies = await postActivity(server.url, message('status', inChannel));
    const card = replies[0]?.attachments?.[0]?.content as CardNode;
    const grundskola = await grundskolaActivities();
    for (const activity of grundskola) expect(texts(card)).not.toContain(activity.title);
    expect((card['refresh'] as CardNode)['userIds']).toEqual([`29:${DEMO_SAMORDNARE}`]);
    const show = dataOf(executes(card, 'status.list')[0]);

    const jonas = '00000000-0000-0000-0000-0000000000a4';
    const own = cardOf(await act('status.list', show, { ...inChannel, userId: jonas }));
    const fritid = await server.store.activities.list({ organisationId: FRITID });
    for (const activity of fritid) expect(texts(own)).toContain(activity.title);
    for (const activity of grundskola) expect(texts(own)).not.toContain(activity.title);
  });

  it('opens a form prefilled from the last report and saves a report that updates the card', async () => {
    const [activity] = (await grundskolaActivities()).filter((a) => a.title.startsWith('Förankra'));
    if (activity === undefined) throw new Error('demo activity missing');
    const [latest] = await server.store.reports.latest({ activityIds: [activity.id] });
    const { card, submit } = await openForm(activity.id);
    const status = cardNodes(card).find((n) => n['id'] === 'status');
    expect(status?.['value']).toBe(latest?.status);
    expect(cardNodes(card).find((n) => n['id'] === 'done')?.['value']).toBe(latest?.done);
    expect(submit['baseReportId']).toBe(latest?.id);

    const before = (await reportsOf(activity.id)).length;
    const saved = cardOf(
      await act('status.submit', {
        ...submit,
        status: 'pagar',
        done: 'Utbildat all personal.',
        next: 'Följa upp',
        reason: '',
      }),
    );
    expect(texts(saved)).toEqual(expect.arrayContaining(['Utbildat all personal.', 'Följa upp']));
    expect(executes(saved, 'status.done')).toHaveLength(1);
    const after = await reportsOf(activity.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      roundId,
      status: 'pagar',
      done: 'Utbildat all personal.',
      reportedByUserId: DEMO_SAMORDNARE,
    });
  });

  it('"Nästa aktivitet" opens the next unreported activity, and says when all are reported', async () => {
    const fresh = await startTestServer();
    try {
      const rounds = await fresh.store.rounds.list('fri-fran-vald-2022-2026');
      const round = rounds.find((r) => r.id.startsWith('demo-runda-'));
      const activities = await fresh.store.activities.list({ organisationId: GRUNDSKOLA });
      const reported = new Set<string>();
      let current = activities[0];
      for (let step = 0; step < activities.length; step += 1) {
        if (current === undefined) throw new Error('no activity');
        const form = cardOf(
          await postInvoke(
            fresh.url,
            cardAction('status.open', { activityId: current.id, roundId: round?.id }),
          ),
        );
        const submit = dataOf(executes(form, 'status.submit')[0]);
        const saved = cardOf(
          await postInvoke(
            fresh.url,
            cardAction('status.submit', {
              ...submit,
              status: 'pagar',
              done: 'Steg',
              next: '',
              reason: '',
            }),
          ),
        );
        reported.add(current.id);
        const next = cardOf(
          await postInvoke(
            fresh.url,
            cardAction('status.next', dataOf(executes(saved, 'status.next')[0])),
          ),
        );
        const nextSubmit = executes(next, 'status.submit')[0];
        if (reported.size === activities.length) {
          expect(nextSubmit).toBeUndefined();
          expect(texts(next)).toContain(t('sv', 'status.allReported.text'));
          break;
        }
        const nextId = String(dataOf(nextSubmit)['activityId']);
        expect(reported.has(nextId)).toBe(false);
        current = activities.find((a) => a.id === nextId);
      }
      expect(reported.size).toBe(activities.length);
    } finally {
      await fresh.stop();
    }
  });

  it('stores a repeated submit of the same card once', async () => {
    const [, activity] = await grundskolaActivities();
    if (activity === undefined) throw new Error('demo activity missing');
    const { submit } = await openForm(activity.id);
    const payload = { ...submit, status: 'genomford', done: 'Klart.', next: '', reason: '' };
    const before = (await reportsOf(activity.id)).length;
    cardOf(await act('status.submit', payload));
    cardOf(await act('status.submit', payload));
    expect(await reportsOf(activity.id)).toHaveLength(before + 1);
  });

  it('refuses a hand-crafted payload for another organisation and stores nothing', async () => {
    const [fritid] = await server.store.activities.list({ organisationId: FRITID });
    if (fritid === undefined) throw new Error('demo activity missing');
    const before = (await reportsOf(fritid.id)).length;
    const card = cardOf(
      await act('status.submit', {
        activityId: fritid.id,
        roundId,
        baseReportId: '',
        submissionId: randomUUID(),
        status: 'genomford',
        done: 'Förfalskat',
        next: '',
        reason: '',
      }),
    );
    expect(texts(card)).toContain(t('sv', 'status.forbidden'));
    expect(await reportsOf(fritid.id)).toHaveLength(before);
    const opened = cardOf(await act('status.open', { activityId: fritid.id, roundId }));
    expect(texts(opened)).toContain(t('sv', 'status.forbidden'));
  });

  it("lets Samordning report on any organisation's activity", async () => {
    const [fritid] = await server.store.activities.list({ organisationId: FRITID });
    if (fritid === undefined) throw new Error('demo activity missing');
    const { submit } = await openForm(fritid.id, { userId: DEMO_SAMORDNING });
    cardOf(
      await act(
        'status.submit',
        { ...submit, status: 'pagar', done: 'Av samordningen', next: '', reason: '' },
        { userId: DEMO_SAMORDNING },
      ),
    );
    expect((await reportsOf(fritid.id)).at(-1)?.reportedByUserId).toBe(DEMO_SAMORDNING);
  });

  it.each([
    ['an over-long text', { done: 'x'.repeat(2001) }, 'status.problem.text-too-long'],
    ['an unknown status', { status: 'klar' }, 'status.problem.invalid'],
    ['a missing submission id', { submissionId: undefined }, 'status.problem.invalid'],
  ] as const)(
    'answers %s with a Swedish message in the card and stores nothing',
    async (_name, change, key) => {
      const { activity, before, card } = await submitFirstForm(change);
      expect(texts(card)).toContain(t('sv', key));
      expect(await reportsOf(activity.id)).toHaveLength(before);
    },
  );

  it('requires a reason for a postponed activity, keeping what was typed', async () => {
    const { activity, before, card } = await submitFirstForm({
      status: 'framflyttad',
      done: 'Mitt utkast',
      reason: ' ',
    });
    expect(texts(card)).toContain(t('sv', 'status.problem.reason-required'));
    expect(cardNodes(card).find((n) => n['id'] === 'done')?.['value']).toBe('Mitt utkast');
    expect(await reportsOf(activity.id)).toHaveLength(before);
  });

  it('refuses a closed round', async () => {
    const [activity] = await grundskolaActivities();
    if (activity === undefined) throw new Error('demo activity missing');
    const before = (await reportsOf(activity.id)).length;
    const card = cardOf(
      await act('status.submit', {
        activityId: activity.id,
        roundId: 'demo-halvtidsuppfoljning-2024',
        baseReportId: '',
        submissionId: randomUUID(),
        status: 'pagar',
        done: '',
        next: '',
        reason: '',
      }),
    );
    expect(texts(card).join(' ')).toContain('är stängd');
    expect(await reportsOf(activity.id)).toHaveLength(before);
  });

  it('answers an unknown verb with a documented error response', async () => {
    const body = await act('status.delete-everything', { roundId });
    expect(body.statusCode).toBe(400);
    expect(body.type).toBe('application/vnd.microsoft.error');
    expect((body.value as CardNode)['message']).toBe(t('sv', 'status.problem.invalid'));
  });

  it('never loses a concurrent edit: the second writer sees the newer report and can re-apply', async () => {
    const activities = await grundskolaActivities();
    const activity = activities[activities.length - 1];
    if (activity === undefined) throw new Error('demo activity missing');
    const first = await openForm(activity.id);
    const second = await openForm(activity.id, { userId: DEMO_SAMORDNING });
    cardOf(
      await act('status.submit', {
        ...first.submit,
        status: 'pagar',
        done: 'Sara skrev',
        next: '',
        reason: '',
      }),
    );
    const conflict = cardOf(
      await act(
        'status.submit',
        { ...second.submit, status: 'genomford', done: 'Omar skrev', next: '', reason: '' },
        { userId: DEMO_SAMORDNING },
      ),
    );
    expect(texts(conflict).join(' ')).toContain('Någon annan har uppdaterat');
    expect(texts(conflict)).toContain('Sara skrev');
    expect(cardNodes(conflict).find((n) => n['id'] === 'done')?.['value']).toBe('Omar skrev');
    expect((await reportsOf(activity.id)).at(-1)?.done).toBe('Sara skrev');

    const reapply = dataOf(executes(conflict, 'status.submit')[0]);
    cardOf(
      await act(
        'status.submit',
        { ...reapply, status: 'genomford', done: 'Omar skrev', next: '', reason: '' },
        { userId: DEMO_SAMORDNING },
      ),
    );
    const history = (await reportsOf(activity.id)).map((r) => r.done);
    expect(history.slice(-2)).toEqual(['Sara skrev', 'Omar skrev']);
  });

  it('confirms one activity as unchanged, and refuses when there is nothing to copy', async () => {
    const server2 = await startTestServer();
    try {
      const list = (await postActivity(server2.url, message('status')))[0]?.attachments?.[0]
        ?.content as CardNode;
      const unchanged = executes(list, 'status.unchanged');
      expect(unchanged.length).toBeGreaterThan(0);
      const data = dataOf(unchanged[0]);
      const [previous] = await server2.store.reports.latest({
        activityIds: [String(data['activityId'])],
      });
      const body = await postInvoke(server2.url, cardAction('status.unchanged', data));
      cardOf(body);
      const [now] = await server2.store.reports.latest({
        activityIds: [String(data['activityId'])],
      });
      expect(now).toMatchObject({
        status: previous?.status,
        done: previous?.done,
        roundId: data['roundId'],
      });
      expect(now?.id).not.toBe(previous?.id);

      const unreported = (await server2.store.activities.list({ organisationId: GRUNDSKOLA })).find(
        (a) => a.title.startsWith('Inventera'),
      );
      if (unreported === undefined) throw new Error('demo activity missing');
      const refused = cardOf(
        await postInvoke(
          server2.url,
          cardAction('status.unchanged', {
            activityId: unreported.id,
            roundId: data['roundId'],
            submissionId: randomUUID(),
          }),
        ),
      );
      expect(texts(refused)).toContain(t('sv', 'status.nothingToCopy'));
      expect(await server2.store.reports.history(unreported.id)).toHaveLength(0);
    } finally {
      await server2.stop();
    }
  });

  it('"Allt oförändrat" asks first, then confirms every unreported activity once', async () => {
    const server3 = await startTestServer();
    try {
      const rounds = await server3.store.rounds.list('fri-fran-vald-2022-2026');
      const open = rounds.find((r) => r.id.startsWith('demo-runda-'));
      const ask = cardOf(
        await postInvoke(server3.url, cardAction('status.allUnchanged.ask', { roundId: open?.id })),
      );
      const confirm = dataOf(executes(ask, 'status.allUnchanged.confirm')[0]);
      const activities = await server3.store.activities.list({ organisationId: GRUNDSKOLA });
      const withHistory = [];
      for (const a of activities)
        if ((await server3.store.reports.history(a.id)).length > 0) withHistory.push(a);
      cardOf(await postInvoke(server3.url, cardAction('status.allUnchanged.confirm', confirm)));
      cardOf(await postInvoke(server3.url, cardAction('status.allUnchanged.confirm', confirm)));
      const inRound = await server3.store.reports.latest({
        roundId: open?.id,
        activityIds: activities.map((a) => a.id),
      });
      expect(inRound.map((r) => r.activityId).sort()).toEqual(withHistory.map((a) => a.id).sort());
      for (const a of withHistory) {
        expect(
          (await server3.store.reports.history(a.id)).filter((r) => r.roundId === open?.id),
        ).toHaveLength(1);
      }
    } finally {
      await server3.stop();
    }
  });

  it('Avbryt on the activity form returns without claiming that anything was saved', async () => {
    const form = cardOf(await act('activity.new', {}));
    const cancel = executes(form, 'status.done')[0];
    expect(cancel?.['title']).toBe('Avbryt');
    const answer = cardOf(await act('status.done', dataOf(cancel)));
    const shown = texts(answer).join(' ');
    expect(shown).not.toContain(t('sv', 'status.done.text'));
    expect(shown).not.toContain('sparade');
    expect(shown).toContain(t('sv', 'status.cancelled.text'));
  });

  it("adds a new activity to the sender's organisation once, whatever the payload says", async () => {
    const form = cardOf(await act('activity.new', {}));
    const save = dataOf(executes(form, 'activity.save')[0]);
    const title = `Ny aktivitet ${randomUUID()}`;
    const payload = {
      ...save,
      title,
      description: 'Beskrivning',
      goal: '3',
      strategyId: 'm3-s2',
      heading: 'i-samverkan',
      partners: 'Polisen, Region Skåne',
      focusAreaIds: 'vald-i-nara-relation',
      perspectiveIds: '',
      targetGroupIds: 'barn,aldre',
      preventionLevel: 'selektiv',
      direction: 'malmobor',
      owner: 'Elevhälsan',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      organisationId: FRITID,
    };
    cardOf(await act('activity.save', payload));
    cardOf(await act('activity.save', payload));
    const created = (await server.store.activities.list()).filter((a) => a.title === title);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      organisationId: GRUNDSKOLA,
      goal: 3,
      partners: ['Polisen', 'Region Skåne'],
      targetGroupIds: ['barn', 'aldre'],
    });
  });

  it("refuses an activity that breaks the plan's rules, keeps what was typed and stores nothing", async () => {
    const form = cardOf(await act('activity.new', {}));
    const save = dataOf(executes(form, 'activity.save')[0]);
    const title = `Baklänges ${randomUUID()}`;
    const refused = cardOf(
      await act('activity.save', {
        ...save,
        title,
        goal: '2',
        strategyId: 'm5-s1',
        heading: 'verksamhetsspecifik',
        direction: 'intern',
        startDate: '2026-06-01',
        endDate: '2026-01-01',
      }),
    );
    const shown = texts(refused);
    expect(shown).toContain(t('sv', 'activityForm.problem.unknown-strategy'));
    expect(shown).toContain(t('sv', 'activityForm.problem.dates-reversed'));
    expect(cardNodes(refused).find((n) => n['id'] === 'title')?.['value']).toBe(title);
    expect((await server.store.activities.list()).filter((a) => a.title === title)).toHaveLength(0);
  });

  it("lets a samordnare edit only their own organisation's activities, and detects a stale edit", async () => {
    const [fritid] = await server.store.activities.list({ organisationId: FRITID });
    const [own] = await grundskolaActivities();
    if (fritid === undefined || own === undefined) throw new Error('demo activity missing');
    const forbidden = cardOf(await act('activity.edit', { activityId: fritid.id }));
    expect(texts(forbidden)).toContain(t('sv', 'status.forbidden'));

    const reportForm = await openForm(own.id);
    const edit = dataOf(executes(reportForm.card, 'activity.edit')[0]);
    expect(edit['activityId']).toBe(own.id);
    const form = cardOf(await act('activity.edit', edit));
    const save = dataOf(executes(form, 'activity.save')[0]);
    expect(save['version']).toBe(own.version);
    const base = {
      ...save,
      title: `${own.title} (ändrad)`,
      goal: String(own.goal),
      heading: own.heading,
      direction: own.direction,
    };
    cardOf(await act('activity.save', base));
    expect((await server.store.activities.get(own.id))?.version).toBe(own.version + 1);
    const stale = cardOf(
      await act('activity.save', { ...base, submissionId: randomUUID(), title: 'Gammal version' }),
    );
    expect(texts(stale).join(' ')).toContain(t('sv', 'activityForm.problem.conflict'));
    expect((await server.store.activities.get(own.id))?.title).toBe(`${own.title} (ändrad)`);
  });

  it('speaks English to an English client', async () => {
    const replies = await postActivity(server.url, message('status', { locale: 'en-US' }));
    const card = replies[0]?.attachments?.[0]?.content as CardNode;
    expect(texts(card).join(' ')).toMatch(/Status before|reported/i);
  });

  it('keeps the language a card was rendered in, whatever locale the client sends', async () => {
    const replies = await postActivity(server.url, message('rapportera', { locale: 'en-US' }));
    const list = replies[0]?.attachments?.[0]?.content as CardNode;
    const open = dataOf(executes(list, 'status.open')[0]);
    expect(open['lang']).toBe('sv');
    const form = cardOf(await act('status.open', open, { locale: 'en-US' }));
    // Earlier tests reported the first activity in the round: its form edits ("Ändra rapport").
    expect([t('sv', 'status.form.title'), t('sv', 'status.form.editTitle')]).toContain(
      texts(form)[0],
    );
    expect(texts(form)).toContain(t('sv', 'status.form.outcome.heading'));
  });

  it('shows user text only in TextRuns, verbatim', async () => {
    const [activity] = await grundskolaActivities();
    if (activity === undefined) throw new Error('demo activity missing');
    const { submit } = await openForm(activity.id);
    const sneaky = `[klicka här](https://evil.example) **${randomUUID()}** \${x}`;
    const saved = cardOf(
      await act('status.submit', {
        ...submit,
        status: 'pagar',
        done: sneaky,
        next: '',
        reason: '',
      }),
    );
    const holders = cardNodes(saved).filter(
      (n) => typeof n['text'] === 'string' && String(n['text']).includes('evil.example'),
    );
    expect(holders.map((n) => n['type'])).toEqual(['TextRun']);
    expect(holders[0]?.['text']).toBe(sneaky);
  });
});
