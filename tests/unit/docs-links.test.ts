import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The README is a newcomer's first screen and points into docs/: every relative link in the
 * README and in docs/ (decision records included) must name a file that exists, and every
 * `#anchor` into a Markdown file must name one of its headings (GitHub's slug rule).
 */
const root = join(__dirname, '..', '..');

function markdownFiles(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? docs(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
    );
  return [join(root, 'README.md'), ...docs(join(root, 'docs'))];
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] ?? '')));
}

/** Every problem with the links in one Markdown file, as "file -> link: why". */
function brokenLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const problems: string[] = [];
  for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const link = match[1] ?? '';
    if (/^(https?|mailto):/.test(link)) continue;
    const [path = '', anchor] = link.split('#');
    const target = path === '' ? file : resolve(dirname(file), path);
    const where = `${relative(root, file)} -> ${link}`;
    if (!existsSync(target)) {
      problems.push(`${where}: no such file`);
    } else if (anchor !== undefined && target.endsWith('.md') && !anchors(target).has(anchor)) {
      problems.push(`${where}: no such heading`);
    }
  }
  return problems;
}

describe('documentation links', () => {
  it('resolve to files and headings that exist', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(brokenLinks)).toEqual([]);
  });

  it('finds a missing file and a missing heading (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samordna-links-'));
    try {
      const file = join(dir, 'a.md');
      writeFileSync(file, '# Rubrik\n\n[ok](#rubrik) [file](b.md) [anchor](a.md#saknas)\n');
      expect(brokenLinks(file)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the README stays a first screen: at most about 150 lines, the two commands in it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(160);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('the slug rule matches GitHub for the headings we link to', () => {
    expect(slug('Prova i Playground / Try it in the Playground')).toBe(
      'prova-i-playground--try-it-in-the-playground',
    );
    expect(slug('Runtime state and delivery')).toBe('runtime-state-and-delivery');
    expect(slug('Mötesrytm / rhythm')).toBe('mötesrytm--rhythm');
  });
});
