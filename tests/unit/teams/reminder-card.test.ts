import { reminderRenderer } from '../../../bot/src/teams/cards/reminder-card';
import { ofType } from '../../helpers/card-nodes';
import { meeting } from '../../helpers/meeting-fixtures';

/*
 * Issue 18 item 7 (hyphenation in cards): a one-word organisation name such as
 * "Grundskoleförvaltningen" was a FactSet title, which Teams gives a narrow column and broke
 * mid-word ("Grundskoleförvaltnin gen"). The name now sits in the value, which wraps at spaces.
 */
describe('the personal reminder card', () => {
  const progress = {
    organisationId: 'grundskoleforvaltningen',
    name: 'Grundskoleförvaltningen',
    total: 5,
    reported: 2,
    unreported: 3,
    own: { total: 5, reported: 2, unreported: 3 },
    cityWide: { total: 0, reported: 0, unreported: 0 },
  };
  const facts = (language: 'sv' | 'en') => {
    const { card } = reminderRenderer(language).reminder({
      kind: 'round-open',
      meeting: { ...meeting('m1', '2027-03-10T08:00:00.000Z'), version: 1 },
      tabUrl: null,
      progress,
    });
    return ofType(card, 'FactSet').flatMap((f) => f['facts'] as { title: string; value: string }[]);
  };

  it('never uses an organisation name as a fact title', () => {
    const sv = facts('sv');
    expect(sv.map((f) => f.title)).not.toContain('Grundskoleförvaltningen');
    expect(sv).toContainEqual({
      title: 'Kvar att rapportera',
      value: '3 för Grundskoleförvaltningen',
    });
    expect(facts('en')).toContainEqual({
      title: 'Left to report',
      value: '3 for Grundskoleförvaltningen',
    });
  });

  it('the channel summary names each organisation in a fact value, never a title', () => {
    const { card } = reminderRenderer('sv').summary({
      meeting: { ...meeting('m1', '2027-03-10T08:00:00.000Z'), version: 1 },
      tabUrl: null,
      progress: [progress],
    });
    const all = ofType(card, 'FactSet').flatMap(
      (f) => f['facts'] as { title: string; value: string }[],
    );
    expect(all).toContainEqual({ title: '2 av 5 rapporterade', value: 'Grundskoleförvaltningen' });
    expect(all.map((f) => f.title)).not.toContain('Grundskoleförvaltningen');
  });
});
