/**
 * The fake Bot Connector in a process of its own (`tsx tests/fakes/bot-connector-process.ts
 * '<options JSON>'`), so that the sender's event loop does not delay its clock: prints
 * `listening <serviceUrl>` and serves GET /_fake/stats. Stops on SIGTERM.
 */
import { startFakeBotConnector, type FakeConnectorOptions } from './bot-connector';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as FakeConnectorOptions;
  const connector = await startFakeBotConnector(options);
  process.stdout.write(`listening ${connector.serviceUrl}\n`);
  process.on('SIGTERM', () => {
    void connector.close().then(() => process.exit(0));
  });
}

void main();
