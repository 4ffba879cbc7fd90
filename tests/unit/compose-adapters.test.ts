import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../bot/src/config';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { createLogger } from '../../bot/src/logging';
import { openAdapters, type Adapters } from '../../bot/src/open-store';
import { SqliteRuntimeState } from '../../bot/src/runtime/sqlite/sqlite-runtime-state';
import { GraphDeliveryProbe } from '../../bot/src/runtime/graph-delivery-probe';
import { GraphGroupCalendar } from '../../bot/src/store/calendar/graph-group-calendar';
import { GraphDirectory } from '../../bot/src/store/directory/graph-directory';
import { LocalDirectory } from '../../bot/src/store/directory/local-directory';
import { SqliteMeetingStore } from '../../bot/src/store/sqlite/sqlite-meeting-store';
import { SqliteMinutesStore } from '../../bot/src/store/sqlite/sqlite-minutes-store';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import { replaceAdapters } from '../helpers/compose';

/** The composition root wires what configuration chooses; it never asks an adapter its class. */

const ROOT = join(__dirname, '..', '..');
const opened: Adapters[] = [];
let dataDir = '';

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'samordna-adapters-'));
});

afterEach(async () => {
  for (const adapters of opened.splice(0)) {
    await adapters.backend.store.close();
    await adapters.runtime.runtime.close();
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(env: Record<string, string>): Promise<Adapters> {
  const config = loadConfig({ SAMORDNA_DATA_DIR: dataDir, ...env });
  const adapters = await openAdapters(config, systemClock, createLogger('silent'));
  opened.push(adapters);
  return adapters;
}

describe('openAdapters: configuration chooses the adapters', () => {
  it('local mode: SQLite store with meetings and minutes beside it, SQLite runtime, demo directory', async () => {
    const adapters = await open({});
    expect(adapters.backend.store).toBeInstanceOf(SqliteStore);
    expect(adapters.backend.meetings).toBeInstanceOf(SqliteMeetingStore);
    expect(adapters.backend.minutes).toBeInstanceOf(SqliteMinutesStore);
    expect(adapters.backend.refusedEdits).toBeNull();
    expect(adapters.runtime.runtime).toBeInstanceOf(SqliteRuntimeState);
    expect(adapters.runtime.database).toBe(
      (adapters.runtime.runtime as SqliteRuntimeState).database,
    );
    expect(adapters.delivery).not.toBeNull();
    expect(adapters.groupCalendar).toBeNull();
    expect(adapters.directory).toBeInstanceOf(LocalDirectory);
    expect(adapters.deliveryProbe).toBeNull();
  });

  it('Graph features on: the delivery probe, the group calendar and the directory', async () => {
    // Tokens are fetched on the first call, so opening needs no identity endpoint.
    const graph = {
      GRAPH_AUTH: 'managed-identity',
      MANAGED_IDENTITY_CLIENT_ID: 'samordna-identity',
    };
    const adapters = await open({
      SAMORDNA_MODE: 'production',
      BOT_ID: '11111111-2222-4333-8444-555555555555',
      BOT_TENANT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
      BOT_AUTH: 'managed-identity',
      SAMORDNA_PUBLIC_URL: 'https://samordna.example.org',
      AAD_APP_CLIENT_ID: '77777777-8888-4999-8aaa-bbbbbbbbbbbb',
      SAMORDNA_DELIVERY_PROBE: 'graph',
      TEAMS_APP_ID: '88888888-9999-4aaa-8bbb-cccccccccccc',
      SAMORDNA_CALENDAR_GROUP_ID: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      SAMORDNA_DIRECTORY: 'graph',
      ...graph,
    });
    expect(adapters.deliveryProbe).toBeInstanceOf(GraphDeliveryProbe);
    expect(adapters.groupCalendar).toBeInstanceOf(GraphGroupCalendar);
    expect(adapters.directory).toBeInstanceOf(GraphDirectory);
    expect(adapters.backend.store).toBeInstanceOf(SqliteStore);
  });

  it('a test replaces single adapters and keeps the rest (tests/helpers/compose.ts)', async () => {
    const adapters = await open({});
    const delivery = { outbox: new InMemoryOutbox(), leases: new InMemoryLeases() };
    const replaced = replaceAdapters(adapters, { delivery, directory: null });
    expect(replaced.delivery).toBe(delivery);
    expect(replaced.directory).toBeNull();
    expect(replaced.backend).toBe(adapters.backend);
    expect(replaced.runtime).toBe(adapters.runtime);
  });

  it('compose.ts branches on configuration, not on adapter classes, and has no test options', () => {
    const compose = readFileSync(join(ROOT, 'bot', 'src', 'compose.ts'), 'utf8');
    expect(compose).not.toMatch(/\binstanceof\b/);
    // Test doubles come in as adapters (tests/helpers/compose.ts), not as options of the root.
    expect(compose).not.toMatch(
      /\b(delivery|groupCalendar|refusedEdits|directory|logDestination)\?:/,
    );
    const openStore = readFileSync(join(ROOT, 'bot', 'src', 'open-store.ts'), 'utf8');
    expect(openStore).not.toMatch(/\binstanceof\b/);
  });
});
