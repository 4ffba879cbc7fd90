// @ts-check
'use strict';
/*
 * A small import graph of a TypeScript source tree: every relative `import`/`export … from`
 * (type-only ones too, as a type import still ties two files together) and every relative
 * dynamic `import('…')`, resolved to a file under the tree. Bare specifiers (packages,
 * `node:`) are left out.
 *
 * CommonJS so that both ESLint's flat config (the `samordna/no-import-cycle` rule in
 * tools/eslint-no-import-cycle.cjs) and the Jest tests load the one implementation.
 */
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const SOURCE = /\.(ts|tsx)$/;
const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/**
 * The file a relative specifier names, as TypeScript would find it; undefined when none.
 * @param {string} fromFile @param {string} specifier @returns {string | undefined}
 */
function resolveImport(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier.replace(/\.(js|jsx|mjs)$/, ''));
  const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  if (SOURCE.test(base)) candidates.unshift(base);
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * The relative specifiers a source text imports (comments stripped first).
 * @param {string} text @returns {string[]}
 */
function importSpecifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set();
  for (const pattern of SPECIFIERS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier?.startsWith('.')) found.add(specifier);
    }
  }
  return [...found];
}

/**
 * The graph of `root`: each file (relative to root) with the files it imports.
 * @param {string} root @returns {Map<string, string[]>}
 */
function importGraph(root) {
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const targets = importSpecifiers(readFileSync(file, 'utf8'))
      .map((s) => resolveImport(file, s))
      .filter((t) => t !== undefined && !relative(root, t).startsWith('..'))
      .map((t) => relative(root, /** @type {string} */ (t)));
    graph.set(relative(root, file), [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * The import cycles of a graph: each strongly connected component of more than one file
 * (or a file importing itself), as its sorted file list (Tarjan's algorithm).
 * @param {Map<string, string[]>} graph @returns {string[][]}
 */
function importCycles(graph) {
  let index = 0;
  /** @type {Map<string, number>} */
  const indices = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const cycles = [];

  /** @param {string} node */
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(Number(low.get(node)), Number(low.get(next))));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(Number(low.get(node)), Number(indices.get(next))));
      }
    }
    if (low.get(node) === indices.get(node)) {
      /** @type {string[]} */
      const component = [];
      let member;
      do {
        member = /** @type {string} */ (stack.pop());
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
        cycles.push(component.sort());
      }
    }
  };

  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return cycles.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

module.exports = { importCycles, importGraph, importSpecifiers, resolveImport };
