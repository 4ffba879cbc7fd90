import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportingRound } from '../../bot/src/domain/types';
import { SqliteIndicatorStore } from '../../bot/src/store/sqlite/sqlite-indicator-store';
import { PLAN_FILES } from './plan-documents';
import type { TestServer } from './server';

/** The indicators the test plan adds to the shipped 2022–2026 plan (decision 0026). */
const MATT = `
mått:
  - id: utbildade-chefer
    namn: Andel chefer som gått utbildningen om våld i nära relation
    namn-en: Share of managers trained in violence in close relationships
    enhet: procent
    riktning: högre-bättre
    inriktningsmål: 3
    baslinje:
      värde: 40
      år: 2023
    målvärde:
      värde: 90
      år: 2026
    källa: Egen uppföljning
    ansvarig: grundskoleforvaltningen
  - id: invanare
    namn: Invånare i Malmö
    enhet: antal
    riktning: högre-bättre
    inriktningsmål: 1
    kolada: N01951
`;

/** The shipped plan with two indicators (one own, one from Kolada), as a plan file on disk. */
export function planFileWithIndicators(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samordna-matt-'));
  const file = join(dir, 'plan-med-matt.yaml');
  writeFileSync(file, `${readFileSync(PLAN_FILES.malmo, 'utf8')}${MATT}`);
  return file;
}

/** Three rounds of the plan, oldest first (the demo's own round comes later). */
export const THREE_ROUNDS: readonly ReportingRound[] = [
  ['omg-2024-host', 'Hösten 2024', '2024-09-02T06:00:00.000Z'],
  ['omg-2025-var', 'Våren 2025', '2025-02-03T07:00:00.000Z'],
  ['omg-2025-host', 'Hösten 2025', '2025-09-01T06:00:00.000Z'],
].map(([id, title, opensAt]) => ({
  id: id as string,
  planId: 'fri-fran-vald-2022-2026',
  kind: 'mote' as const,
  title: title as string,
  opensAt: opensAt as string,
  closesAt: opensAt as string,
}));

export async function addRounds(server: TestServer): Promise<void> {
  for (const round of THREE_ROUNDS) await server.store.rounds.upsert(round);
}

export const indicatorStoreOf = (server: TestServer): SqliteIndicatorStore =>
  new SqliteIndicatorStore(server.store.database);
