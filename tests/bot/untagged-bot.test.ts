/**
 * The tagging worklist in the bot (issue 19 item 4): "otaggade" lists the sender's
 * organisation's untagged activities, each a "Tagga" button away from the activity form where
 * the tags are chosen; saving tags takes the activity off the list. Samordning also sees the
 * share tagged per organisation. Through the real server and adapter.
 */
import { randomUUID } from 'node:crypto';
import { isUntagged } from '../../bot/src/domain/figures/coverage';
import { t } from '../../bot/src/i18n';
import { DEMO_SAMORDNING, message, postActivity, type BotReply } from '../helpers/activities';
import { cardActor } from '../helpers/card-invoke';
import { executes, inputs, ofType, textRuns } from '../helpers/card-nodes';
import { newActivity } from '../helpers/fixtures';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const GRUNDSKOLA = 'grundskoleforvaltningen';
const PLAN = 'fri-fran-vald-2022-2026';

function onlyCard(replies: BotReply[]): Record<string, unknown> {
  expect(replies).toHaveLength(1);
  const card = replies[0]?.attachments?.[0]?.content;
  expect(card?.['type']).toBe('AdaptiveCard');
  return card ?? {};
}

describe('"otaggade": the tagging worklist in the bot', () => {
  let server: TestServer;
  const send = (text: string, userId?: string, locale?: string) =>
    postActivity(
      server.url,
      message(text, {
        ...(userId === undefined ? {} : { userId }),
        ...(locale === undefined ? {} : { locale }),
      }),
    );

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists the untagged activities of the organisation, with a Tagga button that opens the form', async () => {
    const marker = randomUUID().slice(0, 8);
    const created = await server.store.activities.create(
      newActivity({
        id: `untagged-${marker}`,
        planId: PLAN,
        organisationId: GRUNDSKOLA,
        title: `Otaggad aktivitet ${marker}`,
      }),
    );
    const own = await server.store.activities.list({ organisationId: GRUNDSKOLA, planId: PLAN });
    const untagged = own.filter(isUntagged);
    expect(untagged.map((a) => a.id)).toContain(created.id);

    const card = onlyCard(await send('otaggade'));
    expect(ofType(card, 'TextBlock')[0]?.['text']).toBe(
      'Otaggade aktiviteter – Grundskoleförvaltningen',
    );
    const texts = [...textRuns(card), ...ofType(card, 'TextBlock').map((b) => String(b['text']))];
    expect(texts.join('\n')).toContain(
      `${String(untagged.length)} av ${String(own.length)} aktiviteter för Grundskoleförvaltningen saknar fokusområde`,
    );
    expect(texts).toEqual(expect.arrayContaining(untagged.slice(0, 10).map((a) => a.title)));
    // A samordnare sees no per-organisation table.
    expect(ofType(card, 'FactSet').flatMap((f) => f['facts'] as unknown[])).toEqual([]);

    // One "Tagga" button per listed activity, in the card's order (at most four).
    const titleOf = new Map(untagged.map((a) => [a.id, a.title]));
    const listed = texts.filter((text) => untagged.some((a) => a.title === text));
    const buttons = executes(card, 'activity.edit');
    expect(
      buttons.map((b) => titleOf.get((b['data'] as { activityId: string }).activityId)),
    ).toEqual(listed.slice(0, 4));
    expect(String(buttons[0]?.['title'])).toMatch(/^Tagga: /);
    // The button's verb opens the activity form with the three tag inputs.
    const form = await cardActor(server)('activity.edit', { activityId: created.id });
    expect(form.statusCode).toBe(200);
    const ids = inputs(form.value).map((i) => i['id']);
    expect(ids).toEqual(
      expect.arrayContaining(['focusAreaIds', 'perspectiveIds', 'targetGroupIds']),
    );
  });

  it('an activity that gets a tag leaves the list', async () => {
    const id = `tagged-${randomUUID().slice(0, 8)}`;
    await server.store.activities.create(
      newActivity({ id, planId: PLAN, organisationId: GRUNDSKOLA, title: `Snart taggad ${id}` }),
    );
    expect(JSON.stringify(onlyCard(await send('otaggade')))).toContain(id);
    const activity = await server.store.activities.get(id);
    await server.store.activities.update(
      { ...activity!, focusAreaIds: ['vald-i-nara-relation'] },
      activity!.version,
    );
    expect(JSON.stringify(onlyCard(await send('vilka aktiviteter saknar taggar?')))).not.toContain(
      id,
    );
  });

  it('Samordning also sees the share tagged per organisation, least tagged first', async () => {
    const card = onlyCard(await send('otaggade', DEMO_SAMORDNING));
    const facts = ofType(card, 'FactSet').flatMap(
      (f) => f['facts'] as { title: string; value: string }[],
    );
    expect(facts.length).toBeGreaterThan(1);
    const shares = facts.map((f) => {
      const [tagged, total] = /^(\d+) av (\d+) taggade$/.exec(f.value)!.slice(1).map(Number);
      return tagged! / total!;
    });
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(facts.map((f) => f.title)).toContain('Grundskoleförvaltningen');
  });

  it('the tab lists the same worklist: GET /api/v1/activities?untagged=1 (a bad value is refused)', async () => {
    const all = await server.store.activities.list({ planId: PLAN });
    const expected = all.filter(isUntagged).map((a) => a.id);
    const answer = await callApi(server, 'GET', '/api/v1/activities?untagged=1');
    expect(answer.status).toBe(200);
    const listed = answer.body['activities'] as { id: string; untagged: boolean }[];
    expect(listed.map((a) => a.id).sort()).toEqual([...expected].sort());
    expect(listed.every((a) => a.untagged)).toBe(true);
    const everything = await callApi(server, 'GET', '/api/v1/activities');
    const flags = everything.body['activities'] as { id: string; untagged: boolean }[];
    expect(
      flags
        .filter((a) => a.untagged)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...expected].sort());
    expect(flags.length).toBeGreaterThan(listed.length);
    expect((await callApi(server, 'GET', '/api/v1/activities?untagged=ja')).status).toBe(400);
  });

  it('answers in English for an English client, and tells an unknown person whom to ask', async () => {
    const card = onlyCard(await send('untagged', undefined, 'en-US'));
    expect(ofType(card, 'TextBlock')[0]?.['text']).toBe(
      'Untagged activities – Grundskoleförvaltningen',
    );
    const stranger = await send('otaggade', randomUUID());
    expect(stranger).toHaveLength(1);
    expect(stranger[0]?.text).toMatch(/^Du är inte registrerad som samordnare/);
    expect(t('sv', 'help.commands.untagged')).toContain('tagga');
  });
});
