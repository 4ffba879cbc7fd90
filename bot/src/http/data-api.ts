import type { Response, Server } from 'restify';
import { formatRowError, ImportFileError, type RowError } from '../domain/import/import-types';
import { importTable } from '../domain/services/import-service';
import { localDateOf } from '../domain/meetings/local-time';
import { planReportCount } from '../domain/services/plan-import';
import { isPlanNotFound, resolvePlan } from '../domain/services/resolve-plan';
import {
  isRoundRefusal,
  loadExportTable,
  loadReportDraft,
  type RoundRefusal,
} from '../domain/services/follow-up-service';
import { currentRound } from '../domain/rounds';
import { isSamordning, readsFollowUp } from '../domain/roles';
import type { Member } from '../domain/types';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../domain/import/import-limits';
import { renderReportDocx } from '../files/docx-report';
import { nextTurn } from '../files/table-collector';
import { readTableFile, writeExportFile } from '../files/table-file';
import { indicatorRows, withIndicators } from './indicator-report';
import { answerRefusedBody, authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { readRawBody } from './body';
import { apiError } from './errors';
import { forbidden, NOT_ALLOWED, planNotFound, queryParam } from './replies';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Import, export and the report draft under /api/v1/data (Uppföljning in the tab).
 * Import is Samordning's; export and the draft are for the samordningsgrupp (Samordning and
 * samordnare). Roles come from the identity resolver, never from the request.
 */

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function canImport(user: Member): boolean {
  return isSamordning(user);
}

function roundRefused(res: Response, refusal: RoundRefusal): void {
  sendJson(
    res,
    404,
    refusal.kind === 'no-plan'
      ? planNotFound()
      : apiError(
          'round-not-found',
          'Rapporteringsomgången finns inte.',
          'The reporting round does not exist.',
        ),
  );
}

/**
 * 400 with the file's errors: the first ones listed (`rowErrors`, the last of them counting the
 * rest), and how many there are in all (`errorCount`).
 */
function rowErrors(res: Response, errors: readonly RowError[], count = errors.length): void {
  sendJson(res, 400, {
    ...apiError(
      'invalid-file',
      'Filen importerades inte – inget har sparats. Rätta raderna och försök igen.',
      'The file was not imported; nothing was saved. Correct the rows and try again.',
    ),
    rowErrors: errors.map((e) => ({ row: e.row, message: e.message, text: formatRowError(e) })),
    errorCount: count,
  });
}

function download(res: Response, body: Buffer, contentType: string, fileName: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-|-$/g, '') || 'omgang';
}

export function registerDataApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);

  // The plans for the tab's plan picker (shown where there is more than one): the current one
  // marked; a plan with reports is frozen (its catalog no longer changes), an ended one is past.
  server.get(
    '/api/v1/plans',
    authenticated(async (_req, res) => {
      const [plans, current] = await Promise.all([
        deps.store.plans.list(),
        resolvePlan(deps.store),
      ]);
      const year = Number(localDateOf(deps.clock.now(), 'Europe/Stockholm').slice(0, 4));
      const listed = await Promise.all(
        plans.map(async (p) => ({
          id: p.id,
          title: p.title,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          current: !isPlanNotFound(current) && current.id === p.id,
          ended: p.periodEnd < year,
          frozen: (await planReportCount(deps.store, p.id)) > 0,
        })),
      );
      sendJson(res, 200, {
        plans: listed,
        currentPlanId: isPlanNotFound(current) ? null : current.id,
      });
    }),
  );

  server.get(
    '/api/v1/data/rounds',
    authenticated(async (req, res, user) => {
      if (!readsFollowUp(user)) return forbidden(res, NOT_ALLOWED);
      const requested = queryParam(req, 'plan');
      const plan = await resolvePlan(deps.store, requested);
      if (isPlanNotFound(plan) && requested !== undefined)
        return roundRefused(res, { kind: 'no-plan' });
      const rounds = isPlanNotFound(plan) ? [] : await deps.store.rounds.list(plan.id);
      sendJson(res, 200, {
        rounds: rounds.map((r) => ({ id: r.id, title: r.title, kind: r.kind })),
        currentRoundId: currentRound(rounds, deps.clock.now())?.id ?? null,
        canImport: canImport(user),
      });
    }),
  );

  const importRoute = (dryRun: boolean) =>
    authenticated(async (req, res, user) => {
      if (!canImport(user)) return forbidden(res, NOT_ALLOWED);
      const upload = await readRawBody(req, IMPORT_LIMITS.fileBytes, {
        sv: LIMIT_MESSAGES.fileBytes(),
        en: `The file is too large (${String(IMPORT_LIMITS.fileBytes / (1024 * 1024))} MB at most).`,
      });
      if (!upload.ok) return answerRefusedBody(res, upload);
      let rows;
      try {
        rows = await readTableFile(upload.value);
      } catch (error) {
        if (error instanceof ImportFileError) return rowErrors(res, error.errors);
        throw error;
      }
      const round = queryParam(req, 'round');
      const plan = queryParam(req, 'plan');
      const outcome = await importTable(deps.store, deps.clock, rows, {
        ...(round === undefined ? {} : { round }),
        ...(plan === undefined ? {} : { plan }),
        dryRun,
        importer: { userId: user.userId, name: user.name },
        pause: nextTurn,
        evidenceHosts: deps.evidenceHosts ?? null,
      });
      if (outcome.kind === 'no-plan' || outcome.kind === 'no-round')
        return roundRefused(res, outcome);
      if (outcome.kind === 'invalid') return rowErrors(res, outcome.errors, outcome.count);
      if (outcome.kind === 'imported')
        deps.logger.info(
          {
            event: 'import',
            round: outcome.plan.round?.id ?? null,
            counts: outcome.plan.counts,
            syncPending: outcome.syncPending,
          },
          'import written',
        );
      const { round: planned, counts, rows: plannedRows } = outcome.plan;
      sendJson(res, 200, {
        imported: !dryRun,
        round: planned,
        counts,
        rows: plannedRows,
        syncPending: outcome.kind === 'imported' && outcome.syncPending,
      });
    });
  server.post('/api/v1/data/import/preview', importRoute(true));
  server.post('/api/v1/data/import/confirm', importRoute(false));

  server.get(
    '/api/v1/data/export',
    authenticated(async (req, res, user) => {
      if (!readsFollowUp(user)) return forbidden(res, NOT_ALLOWED);
      const format = queryParam(req, 'format') === 'csv' ? 'csv' : 'xlsx';
      const result = await loadExportTable(
        deps.store,
        deps.clock,
        queryParam(req, 'round'),
        user,
        queryParam(req, 'plan'),
      );
      if (isRoundRefusal(result)) return roundRefused(res, result);
      const body = await writeExportFile(
        result,
        format,
        await indicatorRows(deps, user, queryParam(req, 'plan')),
      );
      download(
        res,
        body,
        CONTENT_TYPES[format],
        `samordna-aktiviteter-${safeName(result.round?.id ?? 'utan-omgang')}.${format}`,
      );
    }),
  );

  server.get(
    '/api/v1/data/report',
    authenticated(async (req, res, user) => {
      if (!readsFollowUp(user)) return forbidden(res, NOT_ALLOWED);
      const result = await loadReportDraft(
        deps.store,
        deps.clock,
        queryParam(req, 'round'),
        queryParam(req, 'plan'),
      );
      if (isRoundRefusal(result)) return roundRefused(res, result);
      const body = await renderReportDocx(
        await withIndicators(deps, result.plan.id, result.blocks),
        `Uppföljning – ${result.followUp.round.title}`,
      );
      download(
        res,
        body,
        CONTENT_TYPES.docx,
        `samordna-uppfoljning-${safeName(result.followUp.round.id)}.docx`,
      );
    }),
  );
}
