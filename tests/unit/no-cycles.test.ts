import { join } from 'node:path';
import {
  importCycles,
  importGraph,
  importSpecifiers,
  resolveImport,
} from '../helpers/import-graph';

/*
 * No import cycle in bot/src or tab/src (issue #16): a cycle makes load order matter and
 * hides which module owns a shared type. This runs in `npm test`, so CI fails on a new one.
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
});
