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
