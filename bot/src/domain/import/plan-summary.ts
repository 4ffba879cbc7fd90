/** The Swedish text summary of an import plan, as the CLI prints it. Pure. */
import type { ImportPlan, PlannedRow } from './import-plan';

const ACTIVITY_WORDS: Record<PlannedRow['activity'], string> = {
  create: 'ny aktivitet',
  update: 'ändrad aktivitet',
  unchanged: 'oförändrad aktivitet',
};
const REPORT_WORDS: Record<PlannedRow['report'], string> = {
  create: 'ny rapport',
  unchanged: 'oförändrad rapport',
  none: 'ej rapporterad',
};

export function summarisePlan(plan: ImportPlan, dryRun: boolean): string[] {
  const { activities, reports, organisations } = plan.counts;
  return [
    dryRun ? 'Provkörning (--dry-run): inget har sparats.' : 'Importen är klar.',
    `Omgång: ${plan.round?.title ?? 'ingen (filen har inga rapporter)'}`,
    `Aktiviteter – nya: ${String(activities.create)}, ändrade: ${String(activities.update)}, oförändrade: ${String(activities.unchanged)}`,
    `Rapporter – nya: ${String(reports.create)}, oförändrade: ${String(reports.unchanged)}, ej rapporterade: ${String(reports.none)}`,
    `Förvaltningar och bolag i filen: ${String(organisations)}`,
    ...plan.rows.map(
      (r) =>
        `Rad ${String(r.row)}: ${r.organisation}, inriktningsmål ${String(r.goal)}, "${r.title}" – ${ACTIVITY_WORDS[r.activity]}, ${REPORT_WORDS[r.report]}`,
    ),
  ];
}
