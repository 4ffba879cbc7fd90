/**
 * Starting the next plan period (issue 15 item 4, decision 0028) through the real server with
 * the demo follow-up of 2022–2026: chosen activities are carried into the next plan under the
 * confirmed goals, each linked to its history in the old plan, and the old plan's Översikt
 * (dashboard JSON), export and report draft are unchanged byte for byte — before and after the
 * carry, and after the new plan is made current. (The draft: every part of the .docx package,
 * with only docProps/core.xml's created/modified time masked, which is when it was written.)
 */
import JSZip from 'jszip';
import { carriedFrom } from '../../bot/src/domain/carry/carry-plan';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { carryActivities, carrySuggestion } from '../../bot/src/domain/services/carry-service';
import { importPlan } from '../../bot/src/domain/services/plan-import';
import { loadPlanDocument } from '../helpers/malmo-plan';
import { PLAN_FILES } from '../helpers/plan-documents';
import { startTestServer, type TestServer } from '../helpers/server';

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';
const MALMO = 'fri-fran-vald-2022-2026';
const NEXT = 'fri-fran-vald-2027-2030';

/** The old plan's follow-up as the tab and Word read it: every byte that matters. */
async function oldFollowUp(server: TestServer): Promise<Record<string, string>> {
  const text = async (path: string) => {
    const res = await fetch(`${server.url}${path}`);
    expect([path, res.status]).toEqual([path, 200]);
    return Buffer.from(await res.arrayBuffer());
  };
  const docx = await text(`/api/v1/data/report?plan=${MALMO}`);
  const zip = await JSZip.loadAsync(docx);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const content = (await zip.file(name)?.async('string')) ?? '';
    // The package's own creation time (docProps/core.xml) is the moment it is written.
    parts[`draft:${name}`] = content.replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*/g,
      '$1(the time the file was written)',
    );
  }
  return {
    dashboard: (await text(`/api/v1/dashboard?plan=${MALMO}`)).toString('utf8'),
    activities: (await text(`/api/v1/activities?plan=${MALMO}`)).toString('utf8'),
    export: (await text(`/api/v1/data/export?plan=${MALMO}&format=csv`)).toString('utf8'),
    ...parts,
  };
}

/** The parts that differ (by name): none when the follow-up is unchanged byte for byte. */
function changedParts(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((key) => before[key] !== after[key]);
}

describe('starting the next plan period', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: SAMORDNING_USER });
    const malmo = loadPlanDocument(PLAN_FILES.malmo);
    const [g1, g2, ...rest] = malmo.goals;
    if (g1 === undefined || g2 === undefined) throw new Error('plan changed');
    const next = {
      ...malmo,
      id: NEXT,
      period: { from: 2027, to: 2030 },
      // Goal 2 reworded in the new plan; the rest word for word.
      goals: [
        g1,
        { ...g2, title: 'Staden arbetar aktivt för att förhindra att våldet upprepas' },
        ...rest,
      ],
    };
    expect((await importPlan(server.store, next)).kind).toBe('created');
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('suggests every goal where the texts match', async () => {
    const suggestion = await carrySuggestion(server.store, MALMO, NEXT);
    if ('kind' in suggestion) throw new Error('plan not found');
    expect(suggestion.goals.map((g) => [g.from, g.to, g.match])).toEqual([
      [1, 1, 'same-text'],
      [2, 2, 'similar-text'],
      [3, 3, 'same-text'],
      [4, 4, 'same-text'],
      [5, 5, 'same-text'],
      [6, 6, 'same-text'],
    ]);
  });

  it('carries chosen activities; the old plan’s follow-up is unchanged byte for byte', async () => {
    const before = await oldFollowUp(server);
    expect(before['draft:word/document.xml']).toContain('Inriktningsmål 1');
    const oldActivities = await server.store.activities.list({ planId: MALMO });
    const chosen = oldActivities.filter((a) => a.organisationId === 'fritidsforvaltningen');
    expect(chosen.length).toBeGreaterThan(1);
    const oldHistory = await server.store.reports.history(chosen[0]?.id ?? '');
    expect(oldHistory.length).toBeGreaterThan(0);

    const suggestion = await carrySuggestion(server.store, MALMO, NEXT);
    if ('kind' in suggestion) throw new Error('plan not found');
    // The person confirms the suggestion as it is.
    const goals = new Map(suggestion.goals.map((g) => [g.from, g.to ?? 0]));
    const outcome = await carryActivities(server.store, systemClock, MALMO, NEXT, {
      activityIds: chosen.map((a) => a.id),
      goals,
    });
    expect(outcome.kind).toBe('carried');
    if (outcome.kind !== 'carried') return;
    expect(outcome.created).toHaveLength(chosen.length);
    for (const carried of outcome.created) {
      const from = carriedFrom(carried);
      const old = chosen.find((a) => a.id === from);
      expect(old).toBeDefined();
      expect(carried).toMatchObject({ planId: NEXT, goal: old?.goal, title: old?.title });
    }
    // Again: nothing new.
    const again = await carryActivities(server.store, systemClock, MALMO, NEXT, {
      activityIds: chosen.map((a) => a.id),
      goals,
    });
    expect(again).toMatchObject({ kind: 'carried', created: [], existing: chosen.length });

    expect(changedParts(before, await oldFollowUp(server))).toEqual([]);
    // The old activities and their history stay in the old plan, readable.
    expect(await server.store.activities.list({ planId: MALMO })).toEqual(oldActivities);
    expect(await server.store.reports.history(chosen[0]?.id ?? '')).toEqual(oldHistory);
    const detail = await fetch(`${server.url}/api/v1/activities/${chosen[0]?.id ?? ''}`);
    expect(detail.status).toBe(200);

    // The new plan shows the carried activities; made current, the old one is still the same.
    const next = await fetch(`${server.url}/api/v1/activities?plan=${NEXT}`);
    const listed = (await next.json()) as { activities: { id: string }[] };
    expect(listed.activities.map((a) => a.id).sort()).toEqual(
      outcome.created.map((a) => a.id).sort(),
    );
    await server.store.plans.makeCurrent(NEXT);
    try {
      expect(changedParts(before, await oldFollowUp(server))).toEqual([]);
      const plans = await fetch(`${server.url}/api/v1/plans`);
      const body = (await plans.json()) as {
        plans: { id: string; frozen: boolean; current: boolean }[];
      };
      expect(body.plans.find((p) => p.id === MALMO)).toMatchObject({
        frozen: true,
        current: false,
      });
    } finally {
      await server.store.plans.makeCurrent(MALMO);
    }
  }, 120_000);

  it('refuses an unmapped goal and stores nothing', async () => {
    const [activity] = await server.store.activities.list({ planId: MALMO });
    const count = (await server.store.activities.list()).length;
    const outcome = await carryActivities(server.store, systemClock, MALMO, NEXT, {
      activityIds: [activity?.id ?? ''],
      goals: new Map(),
    });
    expect(outcome).toEqual({
      kind: 'refused',
      problems: [{ kind: 'goal-unmapped', goal: activity?.goal }],
    });
    expect((await server.store.activities.list()).length).toBe(count);
  });
});
