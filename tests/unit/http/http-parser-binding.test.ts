// The module installs the answer as it loads, so it comes before restify, as in server.ts.
import { provideHttpParserBinding } from '../../../bot/src/http/http-parser-binding';
import restify from 'restify';

type Binding = (name: string) => unknown;

/** A process whose bindings are `known`; any other name throws as Node does. */
function fakeProcess(known: Record<string, unknown>): { binding: Binding } {
  return {
    binding: (name) => {
      if (name in known) return known[name];
      throw new Error(`No such module: ${name}`);
    },
  };
}

describe('the http_parser binding restify needs (gone in Node 24)', () => {
  it('where the binding is gone, answers it with the parser and methods of _http_common', () => {
    const proc = fakeProcess({ fs: 'the fs binding' });
    expect(provideHttpParserBinding(proc)).toBe(true);
    const answer = proc.binding('http_parser') as { HTTPParser: unknown; methods: string[] };
    expect(typeof answer.HTTPParser).toBe('function');
    expect(answer.methods).toEqual(expect.arrayContaining(['GET', 'POST', 'DELETE']));
    expect(proc.binding('fs')).toBe('the fs binding');
    expect(() => proc.binding('no_such_thing')).toThrow('No such module: no_such_thing');
  });

  it('leaves a Node that still has the binding as it is', () => {
    const own = { HTTPParser: 'the real one', methods: [] };
    const proc = fakeProcess({ http_parser: own });
    const before = proc.binding;
    expect(provideHttpParserBinding(proc)).toBe(false);
    expect(proc.binding).toBe(before);
    expect(proc.binding('http_parser')).toBe(own);
  });

  it('restify loads and serves on this Node', async () => {
    const server = restify.createServer({ name: 'probe' });
    server.get('/probe', (_req, res, next) => {
      res.send(200, { node: process.version });
      next();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`${server.url}/probe`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ node: process.version });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
