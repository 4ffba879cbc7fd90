/**
 * Indicator values in the report card through the real server and CloudAdapter (issue 19
 * item 1, decision 0032): the owning organisation's samordnare gets one number field per
 * indicator of the activity's inriktningsmål, prefilled with the round's value; a non-number or
 * an impossible value is refused in Swedish with the form kept as typed and nothing stored
 * (neither the value nor the report); a valid value is stored through enterIndicatorValue.
 */
import type { Activity } from '../../bot/src/domain/types';
import { cardAction, postInvoke } from '../helpers/activities';
import { actionData, invokeCard } from '../helpers/invoke-card';
import { executes, inputs, texts, type CardNode } from '../helpers/card-nodes';
import { demoRoundId } from '../helpers/demo-round';
import { newActivity } from '../helpers/fixtures';
import { indicatorStoreOf, planFileWithIndicators } from '../helpers/indicators';
import { startTestServer, type TestServer } from '../helpers/server';

const GRUNDSKOLA = 'grundskoleforvaltningen';
const FRITID = 'fritidsforvaltningen';
const JONAS = '00000000-0000-0000-0000-0000000000a4';
const PLAN = 'fri-fran-vald-2022-2026';
const FIELD = 'indicator:utbildade-chefer';
const NAME = 'Andel chefer som gått utbildningen om våld i nära relation';

const inputOf = (card: CardNode, id: string): CardNode | undefined =>
  inputs(card).find((i) => i['id'] === id);

describe('indicator values in the report card', () => {
  let server: TestServer;
  let roundId: string;

  const act = async (verb: string, data: Record<string, unknown>, userId?: string) =>
    invokeCard(
      await postInvoke(server.url, cardAction(verb, data, userId === undefined ? {} : { userId })),
    );

  const activityOf = async (organisationId: string, goal: 1 | 3): Promise<Activity> => {
    const id = `matt-${organisationId}-${goal}`;
    return (
      (await server.store.activities.get(id)) ??
      server.store.activities.create(
        newActivity({ id, planId: PLAN, organisationId, goal, title: `Mått ${id}` }),
      )
    );
  };

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_PLAN_FILE: planFileWithIndicators() });
    roundId = await demoRoundId(server.store);
  }, 60_000);

  afterAll(async () => {
    await server.stop();
  });

  it('offers the owner’s indicators of the goal only, and no field to anyone else', async () => {
    const goal3 = await activityOf(GRUNDSKOLA, 3);
    const form = await act('status.open', { activityId: goal3.id, roundId });
    expect(inputOf(form, FIELD)).toMatchObject({
      type: 'Input.Text',
      label: `${NAME} (procent)`,
      value: '',
    });
    expect(texts(form).some((t) => t.startsWith('Mått för omgången'))).toBe(true);

    // Goal 1 has only a Kolada indicator: never entered by hand, so no field.
    const goal1 = await activityOf(GRUNDSKOLA, 1);
    const other = await act('status.open', { activityId: goal1.id, roundId });
    expect(inputs(other).filter((i) => String(i['id']).startsWith('indicator:'))).toEqual([]);

    // Another organisation's samordnare, on its own goal-3 activity: not the owner.
    const fritid = await activityOf(FRITID, 3);
    const theirs = await act('status.open', { activityId: fritid.id, roundId }, JONAS);
    expect(inputOf(theirs, FIELD)).toBeUndefined();
  });

  it('refuses a non-number and an impossible share with the form kept, storing nothing', async () => {
    const activity = await activityOf(GRUNDSKOLA, 3);
    const form = await act('status.open', { activityId: activity.id, roundId });
    const submit = actionData(executes(form, 'status.submit')[0]);
    const before = (await server.store.reports.history(activity.id)).length;
    const typed = { status: 'pagar', done: 'Utbildning för rektorer.', next: '', reason: '' };

    const words = await act('status.submit', { ...submit, ...typed, [FIELD]: 'tolv' });
    expect(texts(words)).toContain(`${NAME}: Värdet måste vara ett tal, t.ex. 42 eller 12,5.`);
    expect(inputOf(words, FIELD)?.['value']).toBe('tolv');
    expect(inputOf(words, 'done')?.['value']).toBe('Utbildning för rektorer.');

    const over = await act('status.submit', { ...submit, ...typed, [FIELD]: '120' });
    expect(texts(over)).toContain(`${NAME}: Värdet ligger utanför det möjliga för enheten.`);
    expect(inputOf(over, FIELD)?.['value']).toBe('120');

    expect((await server.store.reports.history(activity.id)).length).toBe(before);
    expect(await indicatorStoreOf(server).listValues(PLAN)).toEqual([]);
  });

  it('stores a valid value with the report, shows it saved, and prefills it next time', async () => {
    const activity = await activityOf(GRUNDSKOLA, 3);
    const form = await act('status.open', { activityId: activity.id, roundId });
    const submit = actionData(executes(form, 'status.submit')[0]);
    const saved = await act('status.submit', {
      ...submit,
      status: 'pagar',
      done: 'Utbildning för rektorer.',
      next: '',
      reason: '',
      [FIELD]: '52,5',
    });
    expect(texts(saved)).toContain(`Mått: ${NAME}`);
    expect(texts(saved)).toContain('52,5 procent');
    expect(await indicatorStoreOf(server).listValues(PLAN)).toEqual([
      expect.objectContaining({
        indicatorId: 'utbildade-chefer',
        roundId,
        value: 52.5,
        enteredByName: 'Sara Lind (demo)',
      }),
    ]);

    const again = await act('status.open', { activityId: activity.id, roundId });
    expect(inputOf(again, FIELD)?.['value']).toBe('52,5');

    // The same value again stores nothing new; an empty field deletes nothing.
    const submitAgain = actionData(executes(again, 'status.submit')[0]);
    await act('status.submit', { ...submitAgain, status: 'pagar', [FIELD]: '' });
    const values = await indicatorStoreOf(server).listValues(PLAN);
    expect(values.map((v) => v.value)).toEqual([52.5]);
  });
});
