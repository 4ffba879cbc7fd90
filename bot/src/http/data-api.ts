import type { Request, Response, Server } from 'restify';
import { formatRowError, ImportFileError, type RowError } from '../domain/import/import-types';
import { importTable } from '../domain/services/import-service';
import {
  isRoundRefusal,
  loadExportTable,
  loadReportDraft,
  type RoundRefusal,
} from '../domain/services/follow-up-service';
import { currentRound } from '../domain/rounds';
import type { Member } from '../domain/types';
import { renderReportDocx } from '../files/docx-report';
import { readTableFile, writeExportFile } from '../files/table-file';
import { authenticatedFor, sendJson } from './authenticated';
import { apiError } from './errors';
import type { TabApiDeps } from './tab-api';

/*
 * Import, export and the report draft under /api/v1/data (Uppföljning in the tab).
 * Import is Samordning's; export and the draft are for the samordningsgrupp (Samordning and
 * samordnare). Roles come from the identity resolver, never from the request.
 */

/** Uploads are raw bytes (application/octet-stream), read here with their own limit. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

async function readUpload(req: Request, limit: number): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? '0') > limit) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? 'too-large' : Buffer.concat(chunks);
}

function query(req: Request, name: string): string | undefined {
  const value = new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
  return value === null || value.trim() === '' ? undefined : value;
}

function canImport(user: Member): boolean {
  return user.roles.includes('samordning');
}

function canReadFollowUp(user: Member): boolean {
  return user.roles.includes('samordning') || user.roles.includes('samordnare');
}

function forbidden(res: Response): void {
  sendJson(
    res,
    403,
    apiError('forbidden', 'Du har inte behörighet till detta.', 'You are not allowed to do this.'),
  );
}

function roundRefused(res: Response, refusal: RoundRefusal): void {
  sendJson(
    res,
    404,
    refusal.kind === 'no-plan'
      ? apiError('plan-not-found', 'Planen finns inte.', 'The plan does not exist.')
      : apiError(
          'round-not-found',
          'Rapporteringsomgången finns inte.',
          'The reporting round does not exist.',
        ),
  );
}

function rowErrors(res: Response, errors: readonly RowError[]): void {
  sendJson(res, 400, {
    ...apiError(
      'invalid-file',
      'Filen importerades inte – inget har sparats. Rätta raderna och försök igen.',
      'The file was not imported; nothing was saved. Correct the rows and try again.',
    ),
    rowErrors: errors.map((e) => ({ row: e.row, message: e.message, text: formatRowError(e) })),
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

  server.get(
    '/api/v1/data/rounds',
    authenticated(async (_req, res, user) => {
      if (!canReadFollowUp(user)) return forbidden(res);
      const [plan] = await deps.store.plans.list();
      const rounds = plan === undefined ? [] : await deps.store.rounds.list(plan.id);
      sendJson(res, 200, {
        rounds: rounds.map((r) => ({ id: r.id, title: r.title, kind: r.kind })),
        currentRoundId: currentRound(rounds, deps.clock.now())?.id ?? null,
        canImport: canImport(user),
      });
    }),
  );

  const importRoute = (dryRun: boolean) =>
    authenticated(async (req, res, user) => {
      if (!canImport(user)) return forbidden(res);
      if (req.contentType() !== 'application/octet-stream') {
        sendJson(
          res,
          415,
          apiError(
            'unsupported-type',
            'Skicka filen som application/octet-stream.',
            'Send the file as application/octet-stream.',
          ),
        );
        return;
      }
      const bytes = await readUpload(req, MAX_UPLOAD_BYTES);
      if (bytes === 'too-large') {
        sendJson(
          res,
          413,
          apiError(
            'too-large',
            'Filen är för stor (högst 2 MB).',
            'The file is too large (2 MB at most).',
          ),
        );
        return;
      }
      let rows;
      try {
        rows = await readTableFile(bytes);
      } catch (error) {
        if (error instanceof ImportFileError) return rowErrors(res, error.errors);
        throw error;
      }
      const round = query(req, 'round');
      const outcome = await importTable(deps.store, deps.clock, rows, {
        ...(round === undefined ? {} : { round }),
        dryRun,
        importer: { userId: user.userId, name: user.name },
      });
      if (outcome.kind === 'no-plan' || outcome.kind === 'no-round')
        return roundRefused(res, outcome);
      if (outcome.kind === 'invalid') return rowErrors(res, outcome.errors);
      if (!dryRun)
        deps.logger.info(
          { event: 'import', round: outcome.plan.round?.id ?? null, counts: outcome.plan.counts },
          'import written',
        );
      const { round: planned, counts, rows: plannedRows } = outcome.plan;
      sendJson(res, 200, { imported: !dryRun, round: planned, counts, rows: plannedRows });
    });
  server.post('/api/v1/data/import/preview', importRoute(true));
  server.post('/api/v1/data/import/confirm', importRoute(false));

  server.get(
    '/api/v1/data/export',
    authenticated(async (req, res, user) => {
      if (!canReadFollowUp(user)) return forbidden(res);
      const format = query(req, 'format') === 'csv' ? 'csv' : 'xlsx';
      const result = await loadExportTable(deps.store, deps.clock, query(req, 'round'));
      if (isRoundRefusal(result)) return roundRefused(res, result);
      const body = await writeExportFile(result, format);
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
      if (!canReadFollowUp(user)) return forbidden(res);
      const result = await loadReportDraft(deps.store, deps.clock, query(req, 'round'));
      if (isRoundRefusal(result)) return roundRefused(res, result);
      const body = await renderReportDocx(
        result.blocks,
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
