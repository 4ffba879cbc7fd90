// @ts-check
'use strict';
/*
 * ESLint rule `samordna/no-import-cycle` (issue #16): an import that closes a cycle among the
 * files of a source tree is an error, reported on the import itself with the files of the
 * cycle. A cycle makes load order matter and hides which module owns what both sides need.
 *
 * The tree's graph comes from tools/import-graph.cjs, the same code the unit tests use; it is
 * built once per tree and lint run (kept for two seconds, so an editor sees a fix soon).
 * Options: `{ roots: string[] }`, the trees to check (relative to the working directory or
 * absolute); a file outside them is not checked.
 */
const { relative, resolve, sep } = require('node:path');
const { importCycles, importGraph, resolveImport } = require('./import-graph.cjs');

const KEEP_MS = 2000;
/** @type {Map<string, { at: number, cycleOf: Map<string, string[]> }>} */
const cache = new Map();

/** @param {string} root @returns {Map<string, string[]>} file (relative) → its cycle */
function cyclesOf(root) {
  const cached = cache.get(root);
  if (cached && Date.now() - cached.at < KEEP_MS) return cached.cycleOf;
  const cycleOf = new Map();
  for (const cycle of importCycles(importGraph(root))) {
    for (const file of cycle) cycleOf.set(file, cycle);
  }
  cache.set(root, { at: Date.now(), cycleOf });
  return cycleOf;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid an import that closes an import cycle within a source tree.' },
    schema: [
      {
        type: 'object',
        properties: { roots: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      cycle:
        "Import cycle: {{cycle}}. Move what these files share into a module of its own (docs/development.md, 'Layers').",
    },
  },
  create(context) {
    const roots = (context.options[0]?.roots ?? []).map((r) => resolve(context.cwd, r));
    const file = context.filename;
    const root = roots.find((r) => file.startsWith(r + sep));
    if (root === undefined) return {};
    const cycle = cyclesOf(root).get(relative(root, file));
    if (cycle === undefined) return {};
    const inCycle = new Set(cycle);

    /** @param {import('estree').Node | null | undefined} source */
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = resolveImport(file, source.value);
      if (target === undefined || !inCycle.has(relative(root, target))) return;
      context.report({ node: source, messageId: 'cycle', data: { cycle: cycle.join(' ↔ ') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

module.exports = rule;
