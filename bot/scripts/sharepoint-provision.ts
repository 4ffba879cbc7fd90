/**
 * `npm run sharepoint:provision -- --site <url>`: creates or updates Samordna's SharePoint
 * lists on one site, idempotently (safe to run twice; never deletes), and prints what it
 * changed. Uses the Graph credentials from the environment (GRAPH_AUTH …); the identity
 * needs the `manage` role on the site (see infra/sharepoint/README.md).
 */
import { ConfigError, loadConfig } from '../src/config';
import { graphTokenProvider } from '../src/store/sharepoint/graph-credentials';
import { GraphHttp } from '../src/graph/graph-http';
import { provisionSite } from '../src/store/sharepoint/provision';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--site');
  const site = at >= 0 ? process.argv[at + 1] : undefined;
  let config;
  try {
    config = loadConfig({
      ...process.env,
      SAMORDNA_STORE: 'sharepoint',
      ...(site ? { SHAREPOINT_SITE_URL: site } : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(
        `${error.message}\nUsage: npm run sharepoint:provision -- --site <url>\n`,
      );
      process.exit(2);
    }
    throw error;
  }
  if (config.store.kind !== 'sharepoint') return;
  const { siteUrl, graphBaseUrl, auth } = config.store;
  const http = new GraphHttp({
    baseUrl: graphBaseUrl,
    tokens: graphTokenProvider(auth, graphBaseUrl),
  });
  const changes = await provisionSite(http, siteUrl);
  process.stdout.write(
    changes.length === 0
      ? `${siteUrl}: no changes, every list and column is in place.\n`
      : `${siteUrl}: ${changes.length} change(s)\n${changes.map((c) => `  - ${c}`).join('\n')}\n`,
  );
  process.stdout.write(
    `Graph requests: ${http.counter.reads} reads, ${http.counter.writes} writes\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Provisioning failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
