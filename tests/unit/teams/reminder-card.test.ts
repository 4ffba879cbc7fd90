import { reminderRenderer } from '../../../bot/src/teams/cards/reminder-card';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import { executes, ofType, textBlocks, textRuns } from '../../helpers/card-nodes';
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

/*
 * Issue 15 item 7 (decision 0033): a dialogue meeting's cards say it is a dialogue meeting with
 * Samordning about the follow-up round, not the samordningsgrupp's meeting.
 */
describe('the cards of a dialogue meeting', () => {
  const dialogue = {
    ...meeting('dialog-1', '2027-03-10T08:00:00.000Z', {
      kind: 'dialog',
      theme: 'Dialogmöte: Halvtidsuppföljning 2024',
      constellation: { kind: 'organisations', organisationIds: ['kultur'] },
      roundId: 'uppfoljning-halvtid',
      teamsLink: 'https://teams.microsoft.com/l/meetup-join/dialog',
    }),
    version: 1,
  };
  const group = { ...meeting('m1', '2027-03-10T08:00:00.000Z'), version: 1 };
  const urls = (card: unknown) => ofType(card, 'Action.OpenUrl').map((a) => a['url']);
  const ROUND = 'Halvtidsuppföljning 2024';
  /** A personal reminder of `kind` about `about` (the follow-up round named unless null). */
  const remind = (
    kind: string,
    about: typeof dialogue,
    options: { language?: 'sv' | 'en'; roundTitle?: string | null } = {},
  ) =>
    reminderRenderer(options.language ?? 'sv').reminder({
      kind,
      meeting: about,
      tabUrl: null,
      roundTitle: options.roundTitle === undefined ? ROUND : options.roundTitle,
      progress: null,
    });

  it.each([
    [
      'round-open',
      'Dialogmöte om uppföljningen 10 mars 2027 kl. 09:00',
      'Samordning har bokat ett dialogmöte med din förvaltning om Halvtidsuppföljning 2024. Uppdatera status på förvaltningens aktiviteter före mötet.',
    ],
    [
      'nudge',
      'Påminnelse: dialogmötet om uppföljningen 10 mars 2027 kl. 09:00 närmar sig',
      'Din förvaltning har fortfarande aktiviteter utan status inför dialogmötet med Samordning om Halvtidsuppföljning 2024. Rapportera gärna så snart du kan.',
    ],
  ])('%s: the dialogue words, the round named, the Teams link a button', (kind, title, text) => {
    const message = remind(kind, dialogue);
    expect(message.summary).toBe(title);
    expect(textBlocks(message.card)).toContain(title);
    expect(textRuns(message.card)).toContain(text);
    expect(urls(message.card)).toEqual(['https://teams.microsoft.com/l/meetup-join/dialog']);
    // "Visa min status" opens the follow-up round.
    expect(executes(message.card, 'status.list')[0]?.['data']).toMatchObject({
      roundId: 'uppfoljning-halvtid',
    });
    expect(validateAdaptiveCard(message.card)).toEqual([]);
  });

  it('in English too, and "the follow-up" when the round is not known', () => {
    const message = remind('round-open', dialogue, { language: 'en', roundTitle: null });
    expect(message.summary).toBe('Dialogue meeting on the follow-up 10 March 2027 at 09:00');
    expect(textRuns(message.card)[0]).toBe(
      "Samordning has booked a dialogue meeting with your department about the follow-up. Update the status of your department's activities before the meeting.",
    );
  });

  it('keeps the samordningsgrupp words for its meeting, and a kind without dialogue texts', () => {
    const open = remind('round-open', group);
    expect(open.summary).toBe('Dags att rapportera inför mötet 10 mars 2027 kl. 09:00');
    const now = remind('remind-now', dialogue);
    expect(now.summary).toBe('Påminnelse från Samordning inför mötet 10 mars 2027 kl. 09:00');
  });

  it('says "dialogmötet" when it is moved or cancelled', () => {
    const renderer = reminderRenderer('sv');
    const moved = renderer.moved({
      meeting: dialogue,
      tabUrl: null,
      roundTitle: ROUND,
      previousStartsAt: '2027-03-09T08:00:00.000Z',
    });
    expect(moved.summary).toBe(
      'Dialogmötet om uppföljningen är flyttat till 10 mars 2027 kl. 09:00',
    );
    expect(textRuns(moved.card)[0]).toBe(
      'Dialogmötet med Samordning om Halvtidsuppföljning 2024, som skulle ha hållits 9 mars 2027 kl. 09:00, är flyttat till 10 mars 2027 kl. 09:00. Uppdatera status på förvaltningens aktiviteter före mötet.',
    );
    const cancelled = renderer.cancelled({
      meeting: { ...dialogue, status: 'cancelled' },
      tabUrl: null,
      roundTitle: ROUND,
    });
    expect(cancelled.summary).toBe(
      'Dialogmötet om uppföljningen 10 mars 2027 kl. 09:00 är inställt',
    );
    expect(textRuns(cancelled.card)[0]).toBe(
      'Dialogmötet med Samordning om Halvtidsuppföljning 2024 är inställt.',
    );
    expect(urls(cancelled.card)).toEqual([]);
    expect(renderer.cancelled({ meeting: group, tabUrl: null }).summary).toBe(
      'Mötet 10 mars 2027 kl. 09:00 är inställt',
    );
  });
});
