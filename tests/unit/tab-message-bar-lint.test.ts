import { lintAs } from '../helpers/eslint-stdin';

/*
 * Fluent's MessageBar without a layout renders on one line until it has measured itself: in the
 * 320 px meeting side panel a long text overflowed the page for a frame, and the tab-views
 * overflow check failed now and then. The tab's lint requires layout="multiline"; these tests
 * prove the rule fires and lets the right form through.
 */
const FILE = 'tab/src/components/Example.tsx';

function restrictedSyntax(jsx: string): string[] {
  const code = [
    "import { MessageBar, MessageBarBody } from '@fluentui/react-components';",
    `export const Example = () => (${jsx});`,
    '',
  ].join('\n');
  return lintAs(FILE, code)
    .filter((m) => m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('tab lint: MessageBar layout', () => {
  it('refuses a MessageBar without a layout', () => {
    const messages = restrictedSyntax(
      '<MessageBar intent="info"><MessageBarBody>Text</MessageBarBody></MessageBar>',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('layout="multiline"');
  });

  it('lets a multiline MessageBar through', () => {
    expect(
      restrictedSyntax(
        '<MessageBar intent="info" layout="multiline"><MessageBarBody>Text</MessageBarBody></MessageBar>',
      ),
    ).toEqual([]);
  });
});
