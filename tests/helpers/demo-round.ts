import type { StorePort } from '../../bot/src/domain/ports/store.port';

/** The id of the demo data's open reporting round (local mode seeds one, always open). */
export async function demoRoundId(store: Pick<StorePort, 'rounds'>): Promise<string> {
  const rounds = await store.rounds.list('fri-fran-vald-2022-2026');
  const open = rounds.find((r) => r.id.startsWith('demo-runda-'));
  if (open === undefined) throw new Error('no open demo round');
  return open.id;
}
