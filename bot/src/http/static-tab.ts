import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Request, Response } from 'restify';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built tab (`tab/dist`) under `/tab/`. Unknown paths without a file
 * extension get `index.html` (client-side views); paths are confined to the folder.
 */
export function createTabHandler(tabDir: string) {
  const root = resolve(tabDir);
  return async (req: Request, res: Response): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const relative = decodeURIComponent(url.pathname.replace(/^\/tab\/?/, ''));
    let file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) {
      res.status(404);
      res.end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(relative) !== '') {
        res.status(404);
        res.end();
        return;
      }
      file = join(root, 'index.html');
    }
    if (!existsSync(file)) {
      res.status(503);
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(
        'Fliken är inte byggd. Kör npm run build. (The tab has not been built: run npm run build.)',
      );
      return;
    }
    const isHtml = file.endsWith('.html');
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    // Hashed assets are immutable; the HTML is always revalidated so a deploy shows at once.
    res.setHeader('Cache-Control', isHtml ? 'no-cache' : 'public, max-age=31536000, immutable');
    await new Promise<void>((done, fail) => {
      const stream = createReadStream(file);
      stream.on('error', fail);
      stream.on('end', () => done());
      stream.pipe(res);
    });
  };
}
