import { ConfigError, loadConfig } from './config';
import { startSamordna } from './compose';

/** Entry point: read config, start, stop cleanly on Ctrl-C / SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Samordna kan inte starta: ogiltig konfiguration.\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const samordna = await startSamordna(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    samordna.logger.info({ event: 'stopping', signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    samordna.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
