/**
 * A structural check of an expanded Adaptive Card (schema 1.5), for tests: no official
 * JSON schema ships in node_modules, so this walks the card and checks what Teams relies on.
 */

const ELEMENT_TYPES = [
  'AdaptiveCard',
  'TextBlock',
  'Image',
  'Media',
  'RichTextBlock',
  'TextRun',
  'ActionSet',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ImageSet',
  'Table',
  'TableRow',
  'TableCell',
];
const INPUT_TYPES = [
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
];
const ACTION_TYPES = [
  'Action.OpenUrl',
  'Action.Submit',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute',
];
/** Every `type` an Adaptive Card 1.5 may contain. */
export const ADAPTIVE_CARD_TYPES: ReadonlySet<string> = new Set([
  ...ELEMENT_TYPES,
  ...INPUT_TYPES,
  ...ACTION_TYPES,
]);

export interface ValidateOptions {
  /** User text the card is expected to carry verbatim; it may contain `${`. */
  readonly userText?: readonly string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns the problems found (empty when the card is fine), each with its JSON path. */
/** The parts of the official Adaptive Cards JavaScript SDK (`adaptivecards`) these checks use. */
interface AdaptiveCardsSdk {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new (targetVersion: unknown) => {
    eventCount: number;
    getEventAt(index: number): { message: string };
  };
  Versions: { v1_5: unknown };
}

// The UMD build runs in Node without a DOM; parsing needs no rendering.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsSdk;

/**
 * What Microsoft's own Adaptive Cards SDK reports when it parses the card for schema 1.5:
 * unknown element and action types (also those newer than 1.5), invalid enum values,
 * duplicate ids. This is the object model the SDK generates from the official schema.
 */
export function sdkIssues(card: unknown): string[] {
  const parsed = new sdk.AdaptiveCard();
  const context = new sdk.SerializationContext(sdk.Versions.v1_5);
  parsed.parse(card, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1)
    issues.push(`sdk: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents)
    issues.push(`sdk: ${event.message}`);
  return issues;
}

export function validateAdaptiveCard(card: unknown, options: ValidateOptions = {}): string[] {
  const problems: string[] = [...sdkIssues(card)];
  const ids = new Set<string>();
  const userText = [...(options.userText ?? [])].filter((s) => s !== '');

  if (!isObject(card)) return ['card is not an object'];
  if (card['type'] !== 'AdaptiveCard') problems.push('$.type is not AdaptiveCard');
  if (card['version'] !== '1.5') problems.push('$.version is not 1.5');
  if (!Array.isArray(card['body'])) problems.push('$.body is not an array');

  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      let rest = node;
      for (const text of userText) rest = rest.split(text).join('');
      if (rest.includes('${')) problems.push(`${path}: unexpanded template expression "${node}"`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (!isObject(node)) return;
    if (node['$data'] !== undefined || node['$when'] !== undefined) {
      problems.push(`${path}: template directive left in the card`);
    }
    const type = node['type'];
    if (type !== undefined) {
      if (typeof type !== 'string' || !ADAPTIVE_CARD_TYPES.has(type)) {
        problems.push(`${path}: unknown type ${JSON.stringify(type)}`);
      } else {
        checkTyped(node, type, path);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      // Teams' own action data (`msteams: { type: 'imBack', value }`) is not an element.
      if (key === 'msteams' && path.endsWith('.data')) continue;
      visit(value, `${path}.${key}`);
    }
  };

  const checkTyped = (node: Record<string, unknown>, type: string, path: string): void => {
    const id = node['id'];
    if (id !== undefined) {
      if (typeof id !== 'string' || id === '')
        problems.push(`${path}: id must be a non-empty string`);
      else if (ids.has(id)) problems.push(`${path}: duplicate id "${id}"`);
      else ids.add(id);
    }
    if (INPUT_TYPES.includes(type)) {
      if (typeof id !== 'string' || id.trim() === '') problems.push(`${path}: input without id`);
      const label = node['label'];
      if (typeof label !== 'string' || label.trim() === '') {
        problems.push(`${path}: input without label`);
      }
    }
    if (type === 'Input.ChoiceSet') {
      const choices = node['choices'];
      if (!Array.isArray(choices) || choices.length === 0) {
        problems.push(`${path}: ChoiceSet without choices`);
      } else {
        choices.forEach((choice: unknown, index) => {
          if (
            !isObject(choice) ||
            typeof choice['title'] !== 'string' ||
            typeof choice['value'] !== 'string'
          ) {
            problems.push(`${path}.choices[${index}]: choice needs string title and value`);
          }
        });
      }
    }
    if (type === 'Action.Execute' && typeof node['verb'] !== 'string') {
      problems.push(`${path}: Action.Execute without verb`);
    }
    // A refresh action is never shown, so it needs no title.
    if (
      type.startsWith('Action.') &&
      path !== '$.refresh.action' &&
      typeof node['title'] !== 'string'
    ) {
      problems.push(`${path}: action without title`);
    }
    if ((type === 'TextRun' || type === 'TextBlock') && typeof node['text'] !== 'string') {
      problems.push(`${path}: ${type} text must be a string`);
    }
    if (type === 'RichTextBlock') {
      const inlines = node['inlines'];
      if (!Array.isArray(inlines)) problems.push(`${path}: RichTextBlock without inlines`);
    }
    if (type === 'Container' && !Array.isArray(node['items'])) {
      problems.push(`${path}: Container without items`);
    }
    if (type === 'ActionSet') {
      const actions = node['actions'];
      if (!Array.isArray(actions) || actions.length === 0) {
        problems.push(`${path}: ActionSet without actions`);
      }
    }
  };

  visit(card, '$');
  return problems;
}
