import { translator } from '../../../bot/src/i18n';
import {
  buildUntaggedCard,
  shortTitle,
  UNTAGGED_MAX_ITEMS,
} from '../../../bot/src/teams/cards/untagged-card';
import { executes, ofType, textRuns } from '../../helpers/card-nodes';
import { newActivity } from '../../helpers/fixtures';

const t = translator('sv');
const organisation = { id: 'fritid', name: 'Fritidsförvaltningen', kind: 'forvaltning' as const };
const activity = (n: number) => ({
  ...newActivity({ id: `a${String(n)}`, title: `Aktivitet nummer ${String(n)} med en lång titel` }),
  version: 1,
});

describe('the untagged card (pure)', () => {
  it('lists at most ten titles and says how many more, with four Tagga buttons', () => {
    const untagged = Array.from({ length: 12 }, (_, i) => activity(i + 1));
    const card = buildUntaggedCard(t, {
      kind: 'ok',
      organisation,
      untagged,
      total: 20,
      perOrganisation: null,
    });
    const runs = textRuns(card);
    expect(runs).toEqual(
      expect.arrayContaining(untagged.slice(0, UNTAGGED_MAX_ITEMS).map((a) => a.title)),
    );
    expect(runs).not.toContain(untagged[10]!.title);
    expect(JSON.stringify(card)).toContain('… och 2 till');
    expect(JSON.stringify(card)).toContain(
      '12 av 20 aktiviteter för Fritidsförvaltningen saknar fokusområde',
    );
    const buttons = executes(card, 'activity.edit');
    expect(buttons.map((b) => b['data'])).toEqual(
      untagged.slice(0, 4).map((a) => ({ activityId: a.id })),
    );
    expect(buttons[0]?.['title']).toBe('Tagga: Aktivitet nummer 1 med en…');
    expect(ofType(card, 'FactSet').flatMap((f) => f['facts'] as unknown[])).toEqual([]);
  });

  it('thanks when everything is tagged, and says so when there is nothing to tag', () => {
    const done = buildUntaggedCard(t, {
      kind: 'ok',
      organisation,
      untagged: [],
      total: 5,
      perOrganisation: null,
    });
    expect(JSON.stringify(done)).toContain(
      'Alla 5 aktiviteter för Fritidsförvaltningen är taggade.',
    );
    expect(executes(done)).toEqual([]);
    const empty = buildUntaggedCard(t, {
      kind: 'ok',
      organisation,
      untagged: [],
      total: 0,
      perOrganisation: null,
    });
    expect(JSON.stringify(empty)).toContain(
      'Fritidsförvaltningen har inga aktiviteter i planen än.',
    );
  });

  it('shows Samordning the share tagged per organisation as given', () => {
    const card = buildUntaggedCard(t, {
      kind: 'ok',
      organisation,
      untagged: [activity(1)],
      total: 2,
      perOrganisation: [
        { organisationId: 'a', organisationName: 'Alfa', total: 4, tagged: 1, share: 0.25 },
        { organisationId: 'b', organisationName: 'Beta', total: 2, tagged: 2, share: 1 },
      ],
    });
    expect(ofType(card, 'FactSet').flatMap((f) => f['facts'] as unknown[])).toEqual([
      { title: 'Alfa', value: '1 av 4 taggade' },
      { title: 'Beta', value: '2 av 2 taggade' },
    ]);
  });

  it('shortens a title at a word boundary', () => {
    expect(shortTitle('Kort titel')).toBe('Kort titel');
    expect(shortTitle('Utbildning i våld i nära relation för alla chefer')).toBe(
      'Utbildning i våld i nära…',
    );
    expect(shortTitle('Ettväldigtlångtordsomintefårplatsalls')).toBe(
      'Ettväldigtlångtordsomintefå…',
    );
  });
});
