import { demoActivities } from '../../../bot/src/domain/catalog';
import { friFranVald } from '../../helpers/malmo-plan';
import type { ReportingRound } from '../../../bot/src/domain/types';
import { translator, type Language } from '../../../bot/src/i18n';
import { buildGreetingCard } from '../../../bot/src/teams/cards/greeting-card';
import { buildHelpCard } from '../../../bot/src/teams/cards/help-card';
import { buildMyActivitiesCard } from '../../../bot/src/teams/cards/my-activities-card';
import type { AdaptiveCardJson } from '../../../bot/src/teams/cards/render';
import { stampLanguage } from '../../../bot/src/teams/cards/stamp-language';
import { buildStatusInviteCard } from '../../../bot/src/teams/cards/status-invite-card';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import { newActivity } from '../../helpers/fixtures';

const round: ReportingRound = {
  id: 'r1',
  planId: friFranVald.id,
  kind: 'mote',
  title: 'Möte i mars',
  opensAt: '2026-03-01T08:00:00.000Z',
  closesAt: '2026-03-20T08:00:00.000Z',
};

function cards(language: Language): Record<string, AdaptiveCardJson> {
  const t = translator(language);
  const activities = demoActivities.slice(0, 40).map((seed) => ({
    activity: { ...newActivity({ ...seed.activity, planId: friFranVald.id }), version: 1 },
    latest: null,
  }));
  return {
    greeting: buildGreetingCard(t),
    help: buildHelpCard({ t, language, tabUrl: 'https://samordna.example.org/tab/' }),
    helpLocal: buildHelpCard({ t, language, tabUrl: null }),
    myActivities: buildMyActivitiesCard({
      t,
      language,
      organisationName: 'Grundskoleförvaltningen',
      groups: [{ goal: 1, goalTitle: friFranVald.goals[0]?.title ?? '', items: activities }],
      total: activities.length,
      demo: true,
      round,
    }),
    myActivitiesNoRound: buildMyActivitiesCard({
      t,
      language,
      organisationName: 'Grundskoleförvaltningen',
      groups: [{ goal: 1, goalTitle: friFranVald.goals[0]?.title ?? '', items: activities }],
      total: activities.length,
      demo: false,
      round: null,
    }),
    invite: buildStatusInviteCard({ t, round, requesterId: '29:sara' }),
  };
}

describe.each(['sv', 'en'] as const)('the other cards (%s)', (language) => {
  it.each(Object.entries(cards(language)))(
    '%s passes the Adaptive Cards SDK and the structural checks',
    (_name, card) => {
      expect(card.version).toBe('1.5');
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    },
  );
});

describe('mina aktiviteter (#18 slip: no round and no buttons)', () => {
  const actions = (card: unknown): { verb?: string; data?: unknown; title?: string }[] =>
    ((card as { actions?: unknown[] }).actions ?? []) as {
      verb?: string;
      data?: unknown;
      title?: string;
    }[];

  it('names the open round and offers Visa min status for it and Ny aktivitet', () => {
    const card = cards('sv')['myActivities'];
    expect(JSON.stringify(card)).toContain('Omgången Möte i mars är öppen för rapportering.');
    expect(actions(card).map((a) => [a.title, a.verb, a.data])).toEqual([
      ['Visa min status', 'status.list', { roundId: 'r1', page: 0 }],
      ['Ny aktivitet', 'activity.new', {}],
    ]);
  });

  it('says no round is open, and offers only Ny aktivitet, when none is', () => {
    const card = cards('sv')['myActivitiesNoRound'];
    expect(JSON.stringify(card)).toContain('Ingen omgång är öppen för rapportering just nu.');
    expect(actions(card).map((a) => a.verb)).toEqual(['activity.new']);
  });
});

describe('stampLanguage', () => {
  it('adds the language to every Action.Execute, the refresh action included, and nothing else', () => {
    const card = stampLanguage(cards('sv')['invite'] as AdaptiveCardJson, 'en');
    const json = JSON.stringify(card);
    expect(json.match(/"lang":"en"/g)).toHaveLength(2);
    expect((card['refresh'] as { action: { data: Record<string, unknown> } }).action.data).toEqual({
      roundId: 'r1',
      page: 0,
      lang: 'en',
    });
  });
});
