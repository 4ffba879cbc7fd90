import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/*
 * A stand-in for the bot's web server while it does not serve the tab yet: the built tab
 * (tab/dist) at /tab/ and fixed JSON for GET /api/v1/me and GET /api/v1/overview.
 * Swap it for the real server once that exists; the shapes below are the API contract.
 */

export interface MeFixture {
  name: string;
  organisation: { id: string; name: string } | null;
  roles: string[];
  mode: 'local' | 'production';
}

export interface OverviewFixture {
  plan: { id: string; title: string; periodStart: number; periodEnd: number };
  totals: {
    activities: number;
    organisationsWithActivities: number;
    organisations: number;
    reportedInCurrentRound: number;
    currentRound: { id: string; title: string } | null;
  };
  goals: Array<{
    number: number;
    title: string;
    activities: number;
    organisations: number;
    stadsovergripande: number;
  }>;
  demo: boolean;
}

export const meFixture: MeFixture = {
  name: 'Lina Samordnare',
  organisation: { id: 'asf', name: 'Arbetsmarknads- och socialförvaltningen' },
  roles: ['samordnare', 'samordning'],
  mode: 'local',
};

/** Example figures in the spirit of the mid-term follow-up (demo data, not real reports). */
export const overviewFixture: OverviewFixture = {
  plan: {
    id: 'fri-fran-vald-2022-2026',
    title: 'Fri från våld',
    periodStart: 2022,
    periodEnd: 2026,
  },
  totals: {
    activities: 87,
    organisationsWithActivities: 13,
    organisations: 14,
    reportedInCurrentRound: 52,
    currentRound: { id: 'round-2025-03', title: 'samordningsgruppen 12 mars' },
  },
  goals: [
    {
      number: 1,
      title: 'Staden bedriver ett verkningsfullt våldsförebyggande arbete',
      activities: 24,
      organisations: 12,
      stadsovergripande: 3,
    },
    {
      number: 2,
      title: 'Staden arbetar aktivt med att förhindra att våld upprepas',
      activities: 7,
      organisations: 4,
      stadsovergripande: 1,
    },
    {
      number: 3,
      title: 'Verksamma i staden ska upptäcka våld och kunna agera',
      activities: 19,
      organisations: 11,
      stadsovergripande: 2,
    },
    {
      number: 4,
      title: 'Staden erbjuder stöd utifrån den enskildes behov',
      activities: 15,
      organisations: 8,
      stadsovergripande: 2,
    },
    {
      number: 5,
      title: 'Stadens arbete bygger på aktuell kunskap och forskning',
      activities: 9,
      organisations: 6,
      stadsovergripande: 1,
    },
    {
      number: 6,
      title:
        'Stadens arbete sker i samverkan med myndigheter, civilsamhälle och andra relevanta aktörer',
      activities: 13,
      organisations: 9,
      stadsovergripande: 2,
    },
  ],
  demo: true,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface TabFixtureServer {
  /** e.g. `http://127.0.0.1:43121` (no trailing slash); the tab is at `${origin}/tab/`. */
  origin: string;
  close: () => Promise<void>;
}

export interface TabFixtureOptions {
  /** The built tab; defaults to `<repo>/tab/dist`. */
  distDir?: string;
  me?: MeFixture;
  overview?: OverviewFixture;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

async function sendFile(res: ServerResponse, file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  createReadStream(file).pipe(res);
  return true;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  distDir: string,
  me: MeFixture,
  overview: OverviewFixture,
): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: 'method_not_allowed' });
    return;
  }
  if (pathname === '/api/v1/me') return sendJson(res, 200, me);
  if (pathname === '/api/v1/overview') return sendJson(res, 200, overview);
  if (pathname.startsWith('/api/')) return sendJson(res, 404, { error: 'not_found' });
  if (pathname === '/tab') {
    res.writeHead(301, { Location: '/tab/' });
    res.end();
    return;
  }
  if (pathname.startsWith('/tab/')) {
    const relative = normalize(decodeURIComponent(pathname.slice('/tab/'.length)));
    const file = resolve(distDir, relative);
    if (file !== distDir && !file.startsWith(distDir + sep))
      return sendJson(res, 403, { error: 'forbidden' });
    if (relative !== '.' && !relative.endsWith(sep) && (await sendFile(res, file))) return;
    // Client-side routes (and /tab/ itself) get the app shell.
    if (await sendFile(res, join(distDir, 'index.html'))) return;
  }
  sendJson(res, 404, { error: 'not_found' });
}

/** Starts the fixture server on 127.0.0.1 and a free port. */
export async function startTabFixtureServer(
  options: TabFixtureOptions = {},
): Promise<TabFixtureServer> {
  const distDir = resolve(options.distDir ?? join(__dirname, '..', '..', 'tab', 'dist'));
  const me = options.me ?? meFixture;
  const overview = options.overview ?? overviewFixture;
  const server = createServer((req, res) => {
    handle(req, res, distDir, me, overview).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
