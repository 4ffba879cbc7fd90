/** Types of tools/import-graph.cjs (see there). */
export type ImportGraph = Map<string, string[]>;
export function resolveImport(fromFile: string, specifier: string): string | undefined;
export function importSpecifiers(text: string): string[];
export function importGraph(root: string): ImportGraph;
export function importCycles(graph: ImportGraph): string[][];
