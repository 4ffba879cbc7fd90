/**
 * Issue #14, item 5: the day-before summary and HR's announcements go to the team channel
 * Samordning chose, never to the channel the app was installed in last. A stranger who
 * installs Samordna in their own team, and writes "använd den här kanalen" there, changes
 * nothing; before anything is chosen nothing is posted to any channel. Through the real
 * server (CloudAdapter, SQLite, the scheduler's tick, a fake Bot Connector) in local mode, and
 * the tab API's role checks with validated Teams SSO tokens in production mode.
 */
import { randomUUID } from 'node:crypto';
import { meetingSchedule } from '../../bot/src/domain/meetings/schedule';
import type { StoredConversation } from '../../bot/src/domain/ports/runtime-state.port';
import { t } from '../../bot/src/i18n';
import { tick, type SchedulerDeps } from '../../bot/src/rhythm/scheduler';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import {
  BOT_ID,
  DEMO_SAMORDNARE,
  DEMO_SAMORDNING,
  TENANT_ID,
  postActivity,
  teamsActivity,
  type BotReply,
} from '../helpers/activities';
import { cardActor } from '../helpers/card-invoke';
import { texts, type CardNode } from '../helpers/card-nodes';
import { TestClock } from '../helpers/rhythm-world';
import { callApi, startTestServer, type TestServer } from '../helpers/server';
import { startSsoRig, type SsoRig } from '../helpers/sso';

const HR = '00000000-0000-0000-0000-0000000000a3';
const OURS = { team: '19:samordningsgruppen@thread.tacv2', channel: '19:moten@thread.tacv2' };
const STRANGERS = { team: '19:annat-team@thread.tacv2', channel: '19:annat-team@thread.tacv2' };
const STRANGER = '00000000-0000-0000-0000-00000000dead';

describe('the team channel is chosen by Samordning, never by the last install', () => {
  let server: TestServer;
  let connector: FakeBotConnector;
  const outbox = new InMemoryOutbox();
  const leases = new InMemoryLeases();
  const clock = new TestClock(new Date());

  /** An activity in a team channel as Teams sends it (channelData names team and channel). */
  const inChannel = (
    type: string,
    where: { team: string; channel: string },
    names: { team: string; channel?: string },
    fields: Record<string, unknown>,
    userId: string,
  ) =>
    teamsActivity(
      type,
      {
        serviceUrl: connector.serviceUrl,
        channelData: {
          tenant: { id: TENANT_ID },
          team: { id: where.team, name: names.team },
          channel: { id: where.channel, ...(names.channel ? { name: names.channel } : {}) },
        },
        ...fields,
      },
      {
        conversationType: 'channel',
        // A message in a channel comes from a thread of it.
        conversationId: `${where.channel};messageid=${Date.now()}`,
        userId,
      },
    );
  const install = (where: typeof OURS, names: { team: string; channel?: string }, userId: string) =>
    postActivity(
      server.url,
      inChannel('conversationUpdate', where, names, { membersAdded: [{ id: BOT_ID }] }, userId),
    );
  /** installationUpdate in the stranger's team (add or remove), as Teams sends it. */
  const strangersInstallation = (action: 'add' | 'remove') =>
    postActivity(
      server.url,
      inChannel(
        'installationUpdate',
        STRANGERS,
        { team: 'Någon annans team' },
        { action },
        STRANGER,
      ),
    );
  const useThisChannel = (where: typeof OURS, userId: string): Promise<BotReply[]> =>
    postActivity(
      server.url,
      inChannel('message', where, { team: 'x' }, { text: 'använd den här kanalen' }, userId),
    );

  const summaryTime = async (): Promise<Date> => {
    const now = clock.now().toISOString();
    const upcoming = (await server.rhythm.meetings.listMeetings()).find((m) => m.startsAt > now);
    if (upcoming === undefined) throw new Error('no upcoming demo meeting');
    const step = meetingSchedule(upcoming, server.rhythm.settings, server.rhythm.calendar).find(
      (s) => s.step === 'summary',
    );
    if (step === undefined) throw new Error('no summary step');
    return new Date(step.at);
  };
  const scheduler = (): SchedulerDeps => ({
    store: server.store,
    meetings: server.rhythm.meetings,
    outbox,
    leases,
    channel: server.rhythm.channel,
    renderer: server.rhythm.renderer,
    settings: server.rhythm.settings,
    calendar: server.rhythm.calendar,
    owner: 'security-test',
    tabUrl: server.rhythm.tabUrl,
  });
  const summaryRecipients = async () =>
    (await outbox.list({ kinds: ['summary'] })).map((j) => j.recipient);

  async function announce(): Promise<CardNode> {
    const act = cardActor(server);
    const entry = (await server.store.support.list()).find((e) => e.status === 'publicerad');
    if (entry === undefined) throw new Error('no published demo entry');
    return (await act('support.announce', { entryId: entry.id }, { userId: HR })).value as CardNode;
  }

  beforeAll(async () => {
    [server, connector] = await Promise.all([
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock, {
        delivery: { outbox, leases },
      }),
      startFakeBotConnector(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([server.stop(), connector.close()]);
  });

  it('posts nothing to any channel before Samordning has chosen one, however many installs', async () => {
    await install(
      OURS,
      { team: 'Samordningsgruppen Fri från våld', channel: 'Möten' },
      DEMO_SAMORDNARE,
    );
    await install(STRANGERS, { team: 'Någon annans team' }, STRANGER);
    const read = await callApi(server, 'GET', '/api/v1/team-channel');
    expect(read.body).toMatchObject({ state: 'none', channel: null, canChoose: true });
    expect(
      (read.body['candidates'] as { conversationId: string }[]).map((c) => c.conversationId).sort(),
    ).toEqual([STRANGERS.channel, OURS.channel].sort());

    const when = await summaryTime();
    const result = await tick(scheduler(), when);
    expect(result.expansions.filter((e) => e.step === 'summary').map((e) => e.outcome)).toContain(
      'waiting',
    );
    expect(await summaryRecipients()).toEqual([]);
    expect(texts(await announce())).toContain(t('sv', 'supportAnnounce.noChannel'));
    expect(connector.posts).toHaveLength(0);

    // The tab tells why, on the meeting's summary step (due now).
    clock.set(when.toISOString());
    const meetings = await callApi(server, 'GET', `/api/v1/meetings?year=${when.getUTCFullYear()}`);
    expect(JSON.stringify(meetings.body)).toContain('"waiting":"none"');
  });

  it('keeps Samordning’s choice when a stranger installs the app in their team and tries to take it', async () => {
    const chosen = await callApi(server, 'PUT', '/api/v1/team-channel', {
      conversationId: OURS.channel,
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({
      state: 'chosen',
      channel: {
        conversationId: OURS.channel,
        team: 'Samordningsgruppen Fri från våld',
        channel: 'Möten',
      },
      chosenByName: 'Omar Haddad (demo)',
    });

    // Later installs anywhere (a new team, a reinstall), and the command from people who are
    // not Samordning, in their channel or in ours.
    await install(
      { team: '19:tredje@thread.tacv2', channel: '19:tredje@thread.tacv2' },
      { team: '\u202Eevil.exe\uFFFE' },
      STRANGER,
    );
    await strangersInstallation('add');
    for (const [where, userId] of [
      [STRANGERS, STRANGER],
      [OURS, DEMO_SAMORDNARE],
      [STRANGERS, randomUUID()],
    ] as const) {
      const [reply] = await useThisChannel(where, userId);
      expect(reply?.text).toBe(t('sv', 'teamChannel.forbidden'));
    }

    const read = await callApi(server, 'GET', '/api/v1/team-channel');
    expect(read.body).toMatchObject({ state: 'chosen', channel: { conversationId: OURS.channel } });
    // The stranger's team name is stored and shown clean (no bidi spoofing in the list).
    const names = JSON.stringify(read.body['candidates']);
    expect(names).toContain('evil.exe');
    expect(names).not.toMatch(/[\u202e\ufffe]/);

    // The summary goes to our channel, and so does HR's announcement.
    await tick(scheduler(), await summaryTime());
    expect(await summaryRecipients()).toEqual([
      { kind: 'conversation', conversationId: OURS.channel },
    ]);
    expect(texts(await announce()).join(' ')).toContain('Samordningsgruppens kanal har fått');
    expect(connector.posts.map((p) => p.conversationId)).toEqual([OURS.channel]);
  });

  it('lets Samordning choose from the channel itself with "använd den här kanalen"', async () => {
    const [reply] = await useThisChannel(STRANGERS, DEMO_SAMORDNING);
    expect(reply?.text).toContain('Klart!');
    const stored = await server.rhythm.channel.teamChannel.get();
    expect(stored).toMatchObject({
      conversationId: STRANGERS.channel,
      chosenByUserId: DEMO_SAMORDNING,
    });
    // Outside a channel the command only says where to write it.
    const personal = await postActivity(
      server.url,
      teamsActivity('message', { text: 'använd den här kanalen' }, { userId: DEMO_SAMORDNING }),
    );
    expect(personal[0]?.text).toBe(t('sv', 'teamChannel.onlyInChannel'));
    expect((await server.rhythm.channel.teamChannel.get())?.conversationId).toBe(STRANGERS.channel);
  });

  it("posts nothing once the chosen channel's team removes the app, and says why", async () => {
    const posts = connector.posts.length;
    await strangersInstallation('remove');
    const read = await callApi(server, 'GET', '/api/v1/team-channel');
    expect(read.body).toMatchObject({ state: 'not-installed', channel: null });
    expect(texts(await announce())).toContain(t('sv', 'supportAnnounce.channelGone'));
    expect(connector.posts).toHaveLength(posts);
  });
});

describe('PUT /api/v1/team-channel: Samordning only, roles from the validated token', () => {
  const SAMORDNING = 'aaaaaaaa-0000-4000-8000-0000000000a2';
  const SAMORDNARE = 'aaaaaaaa-0000-4000-8000-0000000000a1';
  const NOBODY = 'aaaaaaaa-0000-4000-8000-0000000000ff';
  let rig: SsoRig;
  const channel = (conversationId: string, type = 'channel'): StoredConversation => ({
    conversationId,
    conversationType: type,
    userId: type === 'personal' ? SAMORDNARE : null,
    tenantId: 't',
    serviceUrl: 'https://smba.example/',
    reference: '{}',
    updatedAt: '2026-11-01T00:00:00.000Z',
    teamId: conversationId,
    teamName: 'Samordningsgruppen',
  });

  beforeAll(async () => {
    rig = await startSsoRig();
    await rig.server.store.members.upsert({
      userId: SAMORDNING,
      name: 'Sam Ordning',
      organisationId: null,
      roles: ['samordning'],
    });
    await rig.server.store.members.upsert({
      userId: SAMORDNARE,
      name: 'Sam Ordnare',
      organisationId: 'fritidsforvaltningen',
      roles: ['samordnare'],
    });
    await rig.server.runtime.conversations.save(channel('19:a@thread.tacv2'));
    await rig.server.runtime.conversations.save(channel('19:b@thread.tacv2'));
    await rig.server.runtime.conversations.save(channel('a:personal', 'personal'));
  }, 30_000);

  afterAll(async () => {
    await rig?.stop();
  });

  it('refuses everyone but Samordning and shows them no candidates or names', async () => {
    const samordning = await rig.token(SAMORDNING, { claims: { roles: ['Samordning'] } });
    expect(
      (
        await rig.call('/api/v1/team-channel', samordning, {
          method: 'PUT',
          body: { conversationId: '19:a@thread.tacv2' },
        })
      ).status,
    ).toBe(200);
    for (const bearer of [
      await rig.token(SAMORDNARE, { claims: { roles: ['Samordnare'] } }),
      await rig.token(SAMORDNARE),
      // Not a member, and no app role: signed in counts for nothing.
      await rig.token(NOBODY),
      await rig.token(NOBODY, { claims: { roles: ['Samordnare'] } }),
    ]) {
      const put = await rig.call('/api/v1/team-channel', bearer, {
        method: 'PUT',
        body: { conversationId: '19:b@thread.tacv2' },
      });
      expect(put.status).toBe(403);
      const read = await rig.call('/api/v1/team-channel', bearer);
      expect(read.body).toEqual({
        state: 'chosen',
        channel: {
          conversationId: '19:a@thread.tacv2',
          team: 'Samordningsgruppen',
          channel: null,
          general: true,
        },
        canChoose: false,
      });
    }
    expect((await rig.call('/api/v1/team-channel', null, { method: 'PUT', body: {} })).status).toBe(
      401,
    );
    expect((await rig.server.runtime.teamChannel.get())?.conversationId).toBe('19:a@thread.tacv2');
  });

  it('takes only a team channel the app is in, and nothing from the body but its id', async () => {
    const samordning = await rig.token(SAMORDNING, { claims: { roles: ['Samordning'] } });
    const put = (body: unknown) =>
      rig.call('/api/v1/team-channel', samordning, { method: 'PUT', body });
    expect((await put({ conversationId: '19:okand@thread.tacv2' })).status).toBe(404);
    expect((await put({ conversationId: 'a:personal' })).status).toBe(404);
    expect(
      (await put({ conversationId: '19:b@thread.tacv2', chosenByUserId: SAMORDNARE })).status,
    ).toBe(400);
    expect((await put({ conversationId: 42 })).status).toBe(400);
    expect(await rig.server.runtime.teamChannel.get()).toMatchObject({
      conversationId: '19:a@thread.tacv2',
      chosenByUserId: SAMORDNING,
    });
  });

  // Decision 0022: on day one no member record exists; IT bootstraps Samordning with the
  // Entra app role, which the validated token carries.
  it('lets a validated Samordning app role choose before any member record exists', async () => {
    const bootstrap = await rig.token(NOBODY, { claims: { roles: ['Samordning'] } });
    const put = await rig.call('/api/v1/team-channel', bootstrap, {
      method: 'PUT',
      body: { conversationId: '19:b@thread.tacv2' },
    });
    expect(put.status).toBe(200);
    expect(await rig.server.runtime.teamChannel.get()).toMatchObject({
      conversationId: '19:b@thread.tacv2',
      chosenByUserId: NOBODY,
    });
  });
});
