// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noImportCycle from './tools/eslint-no-import-cycle.cjs';

/** Modules that do I/O or belong to a framework: never imported by the pure domain. */
const FRAMEWORK_MODULES = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@microsoft/*',
  '@azure/*',
  'better-sqlite3',
  'restify',
  'pino',
  'adaptivecards-templating',
  'node:fs',
  'node:fs/*',
  'node:http',
  'node:https',
  'node:net',
  'node:child_process',
];

/** Storage adapters and the storage plumbing they share (bot/src/sqlite, bot/src/graph). */
const ADAPTER_FOLDERS = [
  '**/store/**',
  '**/runtime/**',
  '**/codecs/**',
  '**/sqlite/**',
  '**/graph/**',
];
const STORAGE_MODULES = [
  'better-sqlite3',
  '@azure/data-tables',
  '@microsoft/microsoft-graph-client',
];
const TEAMS_MODULES = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai'];
const ENTRY_MESSAGE = 'Entry points use ports; only compose.ts wires concrete adapters.';
const TEAMS_MESSAGE = 'The Teams libraries stay in bot/src/teams (and the server wiring).';
const ENTRY_FOLDERS = [
  '**/http/**',
  '**/teams/**',
  '**/rhythm/**',
  '**/compose',
  '**/main',
  '**/config',
  '**/config/**',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'tab/dist/**',
      'manifest/build/**',
      'devTools/**',
      'tests/artifacts/**',
      'coverage/**',
      'dist/**',
      'infra/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // No import cycle in bot/src or tab/src (issue #16): the import that closes one is an
    // error. The plugin is known everywhere, so a test can point the rule at a fixture.
    plugins: { samordna: { rules: { 'no-import-cycle': noImportCycle } } },
  },
  {
    files: ['bot/src/**/*.ts', 'tab/src/**/*.{ts,tsx}'],
    rules: { 'samordna/no-import-cycle': ['error', { roots: ['bot/src', 'tab/src'] }] },
  },
  // Rule 1 of the house: the domain is pure and depends on nothing outside it. One block per
  // folder depth: '../meetings' is the domain's own meetings/ one level down but the meeting
  // application services (bot/src/meetings) from a file directly in domain/.
  ...[1, 2, 3].map((depth) => ({
    files: [`bot/src/domain/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...ADAPTER_FOLDERS, ...ENTRY_FOLDERS, '**/i18n', '**/i18n/**', '**/logging'],
              message:
                'domain/ is pure: it may import only domain/ (ports describe what it needs).',
            },
            {
              regex: `^(\\.\\./){${depth}}meetings(/|$)`,
              message:
                'domain/ is pure: it may import only domain/ (ports describe what it needs).',
            },
            {
              group: FRAMEWORK_MODULES,
              message: 'domain/ is pure: no frameworks, SDKs, databases or I/O.',
            },
          ],
        },
      ],
    },
  })),
  {
    // Entry points talk to the domain and its ports, never to a concrete adapter.
    files: ['bot/src/teams/**/*.ts', 'bot/src/http/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...ADAPTER_FOLDERS, ...STORAGE_MODULES], message: ENTRY_MESSAGE }] },
      ],
    },
  },
  {
    // Outside bot/src/teams (and the server wiring in http/server.ts and compose.ts) nothing
    // touches the Teams libraries, so moving to the Teams SDK v2 is one folder's work
    // (docs/decisions/0002-teams-libraries.md).
    files: [
      'bot/src/http/**/*.ts',
      'bot/src/rhythm/**/*.ts',
      'bot/src/meetings/**/*.ts',
      'bot/src/files/**/*.ts',
    ],
    ignores: ['bot/src/http/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...ADAPTER_FOLDERS, ...STORAGE_MODULES], message: ENTRY_MESSAGE },
            { group: TEAMS_MODULES, message: TEAMS_MESSAGE },
          ],
        },
      ],
    },
  },
  // Adapters implement ports; they do not reach into Teams or HTTP. The store (domain records)
  // and the runtime state (outbox, leases, conversations) share no module (issue #16 item 4):
  // what both need (the SQLite file, the Graph client) lives in bot/src/sqlite and bot/src/graph.
  ...[
    { folder: 'store', other: 'runtime' },
    { folder: 'runtime', other: 'store' },
  ].map(({ folder, other }) => ({
    files: [`bot/src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ENTRY_FOLDERS, message: 'Adapters depend on the domain only.' },
            // The meeting application services (bot/src/meetings, not domain/meetings).
            { regex: '^(\\.\\./)+meetings(/|$)', message: 'Adapters depend on the domain only.' },
            { group: TEAMS_MODULES, message: TEAMS_MESSAGE },
            {
              group: [`**/${other}`, `**/${other}/**`],
              message: `${folder}/ and ${other}/ share no module: put what both need in bot/src/sqlite or bot/src/graph.`,
            },
          ],
        },
      ],
    },
  })),
  {
    // The storage plumbing shared by store/ and runtime/ depends on neither (nor on the domain's
    // callers): a SQLite file, a Graph client, nothing that knows a record.
    files: ['bot/src/sqlite/**/*.ts', 'bot/src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/runtime/**', '**/codecs/**', ...ENTRY_FOLDERS],
              message: 'sqlite/ and graph/ serve store/ and runtime/: they import neither.',
            },
            { group: TEAMS_MODULES, message: TEAMS_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    // The record codecs serve every storage adapter (store and runtime alike), so they depend
    // on neither, nor on any framework: zod and the domain's types only.
    files: ['bot/src/codecs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/runtime/**', ...ENTRY_FOLDERS, ...FRAMEWORK_MODULES],
              message:
                'codecs/ serve store/ and runtime/: they import neither (zod and domain/ only).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bot/src/*.ts', 'bot/src/i18n/**/*.ts', 'bot/scripts/**/*.ts'],
    ignores: ['bot/src/compose.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: TEAMS_MODULES, message: TEAMS_MESSAGE }] },
      ],
    },
  },
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly' } },
    rules: {
      // Fluent's MessageBar without a layout measures itself after the first paint and renders
      // one line until then: at 320 px (the meeting side panel) a long text overflows the page
      // for a frame (the flaky side-panel overflow in tab-views). Multiline wraps from the start.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement[name.name='MessageBar']:not(:has(JSXAttribute[name.name='layout']))",
          message:
            'Give every MessageBar layout="multiline": the automatic layout overflows the 320 px side panel before it measures itself.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
