/**
 * Lets restify load on Node 24. restify 11.1.0, the latest, requires spdy, whose
 * http-deceiver reads `process.binding('http_parser')` while it loads; Node 24 removed that
 * binding, so `require('restify')` throws "No such module: http_parser"
 * (restify/node-restify#1984, spdy-http2/http-deceiver#10). Where the binding is gone, this
 * answers that one name with what it held — `HTTPParser` and `methods`, the same objects
 * `_http_common` exports (identical on Node 20) — and passes every other name through.
 * Samordna never serves spdy; this only lets the module load. Imported before restify
 * (`server.ts`); delete it when restify no longer loads spdy.
 */
type Binding = (name: string) => unknown;

interface HttpCommon {
  readonly HTTPParser: unknown;
  readonly methods: readonly string[];
}

const HTTP_PARSER = 'http_parser';

function answers(binding: Binding): boolean {
  try {
    binding(HTTP_PARSER);
    return true;
  } catch {
    return false;
  }
}

/** Installs the `http_parser` answer if this Node lacks it; returns whether it did. */
export function provideHttpParserBinding(
  proc: { binding: Binding } = process as unknown as { binding: Binding },
): boolean {
  const original = proc.binding.bind(proc);
  if (answers(original)) return false;
  const common = process.getBuiltinModule('_http_common') as HttpCommon | undefined;
  if (common === undefined) return false;
  const httpParser = { HTTPParser: common.HTTPParser, methods: common.methods };
  proc.binding = (name) => (name === HTTP_PARSER ? httpParser : original(name));
  return true;
}

provideHttpParserBinding();
