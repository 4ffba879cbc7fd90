import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The ESLint config is truthful (issue #16): every source path, folder and decision record it
 * names exists, so a rule never silently guards nothing after a move or a rename.
 */
const root = join(__dirname, '..', '..');
const config = readFileSync(join(root, 'eslint.config.mjs'), 'utf8');

/** The part of a glob before its first wildcard, without a trailing slash. */
function staticPrefix(glob: string): string {
  const cut = glob.search(/[*{?[]/);
  return (cut === -1 ? glob : glob.slice(0, cut)).replace(/\/$/, '');
}

/** Source globs and files the config's blocks apply to (`files`, and the `ignores` inside blocks). */
function sourcePaths(text: string): string[] {
  return [...text.matchAll(/'((?:bot|tab)\/(?:src|scripts)[^']*)'/g)].map((m) => m[1]!);
}

/** Folder or module names in import patterns such as '**\/store/**' or '**\/compose'. */
function importPatternNames(text: string): string[] {
  return [...text.matchAll(/'\*\*\/([\w-]+)(?:\/\*\*)?'/g)].map((m) => m[1]!);
}

/** Files under docs/ the config cites (e.g. a decision record in a comment). */
function citedDocs(text: string): string[] {
  return [...text.matchAll(/\bdocs\/[\w./-]+\.md\b/g)].map((m) => m[0]);
}

function missing(paths: readonly string[], exists: (p: string) => boolean): string[] {
  return paths.filter((p) => !exists(p));
}

const existsUnderRoot = (p: string): boolean => existsSync(join(root, staticPrefix(p)));
const docExists = (p: string): boolean => existsSync(join(root, p));
const sourceNameExists = (name: string): boolean =>
  ['bot/src', 'tab/src'].some(
    (tree) =>
      existsSync(join(root, tree, name)) ||
      existsSync(join(root, tree, `${name}.ts`)) ||
      existsSync(join(root, tree, `${name}.tsx`)),
  );

describe('the ESLint config names only what exists', () => {
  it('finds what it checks (the checks are not empty)', () => {
    expect(sourcePaths(config).length).toBeGreaterThan(5);
    expect(importPatternNames(config)).toEqual(expect.arrayContaining(['store', 'http']));
    expect(citedDocs(config).length).toBeGreaterThan(0);
  });

  it('applies its rules to source folders and files that exist', () => {
    expect(missing(sourcePaths(config), existsUnderRoot)).toEqual([]);
  });

  it('forbids imports of folders and modules that exist', () => {
    expect(missing(importPatternNames(config), sourceNameExists)).toEqual([]);
  });

  it('cites decision records that exist', () => {
    expect(missing(citedDocs(config), docExists)).toEqual([]);
  });

  it('fires on a config that names what does not exist', () => {
    const stale = [
      "files: ['bot/src/http/**/*.ts', 'bot/src/support/**/*.ts'],",
      "group: ['**/store/**', '**/gateway/**'],",
      '// (docs/decisions/0003-teams-libraries.md)',
    ].join('\n');
    expect(missing(sourcePaths(stale), existsUnderRoot)).toEqual(['bot/src/support/**/*.ts']);
    expect(missing(importPatternNames(stale), sourceNameExists)).toEqual(['gateway']);
    expect(missing(citedDocs(stale), docExists)).toEqual([
      'docs/decisions/0003-teams-libraries.md',
    ]);
  });
});
