import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  importCycles,
  importGraph,
  importSpecifiers,
  resolveImport,
} from '../../tools/import-graph.cjs';

/*
 * No import cycle in bot/src or tab/src (issue #16): a cycle makes load order matter and
 * hides which module owns a shared type. ESLint's `samordna/no-import-cycle` rule
 * (tools/eslint-no-import-cycle.cjs, on the same graph code) fails `npm run lint` on the import
 * that closes a new one; these tests run the graph and the rule itself.
 */
const root = join(__dirname, '..', '..');

describe('import cycles', () => {
  it.each(['bot/src', 'tab/src'])('finds none in %s', (tree) => {
    const graph = importGraph(join(root, tree));
    expect(graph.size).toBeGreaterThan(20);
    expect(importCycles(graph)).toEqual([]);
  });

  it('fires on a tree with a cycle, naming the files in it', () => {
    const graph = importGraph(join(root, 'tests', 'fixtures', 'import-cycle'));
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'nested/c.ts']]);
  });

  it('fires on a file that imports itself', () => {
    expect(importCycles(new Map([['self.ts', ['self.ts']]]))).toEqual([['self.ts']]);
  });

  it('finds no cycle in a chain', () => {
    const chain = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', []],
    ]);
    expect(importCycles(chain)).toEqual([]);
  });

  it('reads import, type import, re-export and dynamic import; not packages or comments', () => {
    const text = [
      "import { x } from './x';",
      "import type { Y } from '../y.js';",
      "export { z } from './z';",
      "export type { W } from './w';",
      "import './side-effect';",
      "const lazy = () => import('./lazy');",
      "import { readFileSync } from 'node:fs';",
      "// import { old } from './commented-out';",
      "import {\n  many,\n  names,\n} from './multi-line';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(
      ['../y.js', './lazy', './multi-line', './side-effect', './w', './x', './z'].sort(),
    );
  });

  it('resolves a specifier as TypeScript does (.ts, .tsx, index, .js written for .ts)', () => {
    const from = join(root, 'bot', 'src', 'http', 'server.ts');
    expect(resolveImport(from, './tab-api')).toBe(join(root, 'bot', 'src', 'http', 'tab-api.ts'));
    expect(resolveImport(from, '../i18n')).toBe(join(root, 'bot', 'src', 'i18n', 'index.ts'));
    expect(resolveImport(from, './no-such-module')).toBeUndefined();
    const app = join(root, 'tab', 'src', 'main.tsx');
    expect(resolveImport(app, './App')).toBe(join(root, 'tab', 'src', 'App.tsx'));
  });

  describe('the lint rule samordna/no-import-cycle', () => {
    const fixture = 'tests/fixtures/import-cycle';
    interface LintResult {
      filePath: string;
      messages: { ruleId: string | null; line: number; message: string }[];
    }
    const lint = (files: string[]): LintResult[] => {
      const run = spawnSync(
        process.execPath,
        [
          join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
          '--format',
          'json',
          '--rule',
          `samordna/no-import-cycle: [error, {roots: ['${fixture}']}]`,
          ...files,
        ],
        { cwd: root, encoding: 'utf8' },
      );
      return JSON.parse(run.stdout) as LintResult[];
    };

    it('reports the import that closes the cycle, naming its files, and nothing else', () => {
      const results = lint([
        `${fixture}/a.ts`,
        `${fixture}/b.ts`,
        `${fixture}/nested/c.ts`,
        `${fixture}/leaf.ts`,
      ]);
      const cycleMessages = results.flatMap((r) =>
        r.messages
          .filter((m) => m.ruleId === 'samordna/no-import-cycle')
          .map((m) => ({ file: r.filePath.slice(root.length + 1), line: m.line, text: m.message })),
      );
      expect(cycleMessages.map(({ file, line }) => `${file}:${line}`)).toEqual([
        `${fixture}/a.ts:2`,
        `${fixture}/b.ts:1`,
        `${fixture}/nested/c.ts:1`,
      ]);
      expect(cycleMessages[0]!.text).toContain('a.ts ↔ b.ts ↔ nested/c.ts');
    }, 60_000);

    it('is on for bot/src and tab/src in the project config', () => {
      const results = lint(['bot/src/main.ts', 'tab/src/main.tsx']);
      expect(results).toHaveLength(2);
      for (const r of results) expect(r.messages).toEqual([]);
      const config = spawnSync(
        process.execPath,
        [
          join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
          '--print-config',
          'bot/src/main.ts',
        ],
        { cwd: root, encoding: 'utf8' },
      );
      const rules = (JSON.parse(config.stdout) as { rules: Record<string, unknown> }).rules;
      expect(rules['samordna/no-import-cycle']).toEqual([2, { roots: ['bot/src', 'tab/src'] }]);
    }, 60_000);
  });
});
