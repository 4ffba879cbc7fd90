/**
 * The tab's weight and speed: the initial JavaScript (the entry script and the modules it
 * preloads, gzipped; budget 350 KB) and, in headless Chromium against the real server with
 * demo data, the time to first contentful paint and to the rendered Översikt (the app's
 * `samordna:overview-rendered` performance mark, set when the dashboard's data is on screen).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../helpers/browser';
import { buildTab } from '../helpers/build-tab';
import { startTestServer } from '../helpers/server';
import type { Benchmark, BenchOutcome, BenchRow } from './benchmark';
import { summarize } from './stats';

const DIST = join(__dirname, '..', '..', 'tab', 'dist');
const BUDGET_KB = 350;
const LOADS = 12;

/** The scripts the browser must fetch before the first render, from index.html. */
export function initialScripts(indexHtml: string): string[] {
  const sources = [
    ...indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(sources)].filter((src) => src.endsWith('.js'));
}

interface PageTimes {
  fcp: number;
  rendered: number;
}

export const tabBenchmark: Benchmark = {
  name: 'tab',
  description: `Tab initial JavaScript gzipped (budget ${BUDGET_KB} KB) and time to first render in headless Chromium`,
  async run(): Promise<BenchOutcome> {
    buildTab();
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = initialScripts(html);
    const gzipBytes = scripts.reduce(
      (sum, src) =>
        sum + gzipSync(readFileSync(join(DIST, src.replace(/^\/tab\//, ''))), { level: 9 }).length,
      0,
    );
    const kb = gzipBytes / 1024;

    const server = await startTestServer({ LOG_LEVEL: 'warn' });
    const chromium = await launchChromium();
    const fcp: number[] = [];
    const rendered: number[] = [];
    const errors: string[] = [];
    try {
      for (let i = 0; i < LOADS; i++) {
        // A fresh context each time: nothing cached, like a first open in Teams.
        const context = await chromium.browser.newContext({
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        try {
          await page.goto(`${server.url}/tab/`);
          await page.getByTestId('heatmap').waitFor();
          const times = await page.evaluate(() => {
            const perf = (
              globalThis as unknown as {
                performance: { getEntriesByName(name: string): Array<{ startTime: number }> };
              }
            ).performance;
            return {
              fcp: perf.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
              rendered:
                perf.getEntriesByName('samordna:overview-rendered')[0]?.startTime ?? Number.NaN,
            } satisfies PageTimes;
          });
          // The first load warms the server and Chromium; it is not counted.
          if (i > 0) {
            fcp.push(times.fcp);
            rendered.push(times.rendered);
          }
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        } finally {
          await context.close();
        }
      }
    } finally {
      await chromium.close();
      await server.stop();
    }
    const stats = (latencies: number[]) =>
      summarize({
        latencies,
        errors: 0,
        wallMs: latencies.reduce((a, b) => a + b, 0),
        errorSamples: [],
      });
    const rows: BenchRow[] = [
      { benchmark: 'tab', case: 'first contentful paint', concurrency: 1, stats: stats(fcp) },
      {
        benchmark: 'tab',
        case: 'Översikt rendered (data on screen)',
        concurrency: 1,
        stats: stats(rendered),
      },
    ];
    return {
      rows,
      derived: {
        'initial JS gzipped (KB)': kb,
        [`within budget (<= ${BUDGET_KB} KB)`]: kb <= BUDGET_KB ? 1 : 0,
      },
      notes: [
        `Initial JavaScript: ${scripts.length} file(s), ${kb.toFixed(1)} KB gzipped (level 9) of a ${BUDGET_KB} KB budget. Aktiviteter, Stöd and the config page are separate chunks loaded on demand.`,
        `${LOADS - 1} cold loads (fresh browser context each) of /tab/ on the local server with demo data; times are from navigation start.`,
      ],
      errorSamples: errors.slice(0, 5),
    };
  },
};
