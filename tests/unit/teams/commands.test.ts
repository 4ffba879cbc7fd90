import { normaliseText, parseCommand } from '../../../bot/src/teams/commands';

describe('normaliseText', () => {
  it('lower-cases with Swedish rules and keeps å, ä, ö', () => {
    expect(normaliseText('HJÄLP')).toBe('hjälp');
    expect(normaliseText('Nästa Möte')).toBe('nästa möte');
    expect(normaliseText('PÅMINN NU')).toBe('påminn nu');
  });

  it('trims whitespace and punctuation at both ends and collapses inner whitespace', () => {
    expect(normaliseText('  hjälp!  ')).toBe('hjälp');
    expect(normaliseText('/hjälp')).toBe('hjälp');
    expect(normaliseText('mina    aktiviteter.')).toBe('mina aktiviteter');
    expect(normaliseText('\tmina\n aktiviteter;:,')).toBe('mina aktiviteter');
  });

  it('keeps a lone question mark (the help alias)', () => {
    expect(normaliseText(' ? ')).toBe('?');
  });

  it('removes the HTML tags Teams may wrap a message in', () => {
    expect(normaliseText('<p>hjälp</p>')).toBe('hjälp');
    expect(normaliseText('<div><p>Mina&nbsp;aktiviteter</p></div>')).toBe('mina aktiviteter');
  });

  it('removes the <at> tags of a mention but keeps the mentioned name', () => {
    // The Teams AI library strips the bot mention (removeRecipientMention) before routing;
    // normaliseText only drops the tags, so the name stays in the text.
    expect(normaliseText('<at>Samordna</at> hjälp')).toBe('samordna hjälp');
  });
});

describe('parseCommand', () => {
  it.each([
    ['hjälp', 'help', 'sv'],
    ['hjalp', 'help', 'sv'],
    ['help', 'help', 'en'],
    ['mina aktiviteter', 'my-activities', 'sv'],
    ['my activities', 'my-activities', 'en'],
    ['rapportera', 'status', 'sv'],
    ['report', 'status', 'en'],
    ['nästa möte', 'next-meeting', 'sv'],
    ['nasta mote', 'next-meeting', 'sv'],
    ['next meeting', 'next-meeting', 'en'],
    ['sammanställning', 'summary', 'sv'],
    ['summary', 'summary', 'en'],
    ['stöd', 'support', 'sv'],
    ['stod', 'support', 'sv'],
    ['support', 'support', 'en'],
    ['stöd admin', 'support-admin', 'sv'],
    ['stod admin', 'support-admin', 'sv'],
    ['Stöd  Admin', 'support-admin', 'sv'],
    ['support admin', 'support-admin', 'en'],
    ['nytt möte', 'new-meeting', 'sv'],
    ['new meeting', 'new-meeting', 'en'],
    ['påminn nu', 'remind-now', 'sv'],
    ['paminn nu', 'remind-now', 'sv'],
    ['remind now', 'remind-now', 'en'],
  ] as const)('%s → %s (%s)', (text, id, language) => {
    expect(parseCommand(text)).toEqual({ id, language });
  });

  it('gives no language for words that are the same in both languages', () => {
    expect(parseCommand('status')).toEqual({ id: 'status', language: null });
    expect(parseCommand('Status')).toEqual({ id: 'status', language: null });
    expect(parseCommand('?')).toEqual({ id: 'help', language: null });
  });

  it('ignores case, surrounding whitespace and punctuation', () => {
    expect(parseCommand('  HJÄLP!! ')).toEqual({ id: 'help', language: 'sv' });
    expect(parseCommand('Mina Aktiviteter.')).toEqual({ id: 'my-activities', language: 'sv' });
    expect(parseCommand('My   Activities')).toEqual({ id: 'my-activities', language: 'en' });
  });

  it('understands commands wrapped in Teams HTML', () => {
    expect(parseCommand('<p>hjälp</p>')).toEqual({ id: 'help', language: 'sv' });
    expect(parseCommand('<p>mina&nbsp;aktiviteter</p>')).toEqual({
      id: 'my-activities',
      language: 'sv',
    });
  });

  it('does not match a text that still carries the mentioned name', () => {
    // Routing relies on the Teams AI library removing the mention first.
    expect(parseCommand('<at>Samordna</at> hjälp')).toBeNull();
  });

  it.each([
    undefined,
    '',
    '   ',
    'hej',
    'hjälp mig',
    'mina',
    'aktiviteter',
    'help me please',
    'statusen',
    'stöd mig',
    'admin',
  ])('returns null for %p', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});
