import { z } from 'zod';
import type { ActivityRepository } from '../../domain/ports/store.port';
import type { RefusedEdit, RefusedEditsPort } from '../../domain/ports/refused-edits.port';
import { refusedChanges } from '../../domain/services/refused-edit-service';
import type { RefusedWrite, WriteOutboxPort } from '../../domain/ports/write-outbox.port';
import type { Activity } from '../../domain/types';
import { activityMapper } from './sharepoint-mappers';

/** The outbox keeps the item's SharePoint fields as JSON (plus '@itemId' for updates). */
const itemFields = z.record(z.string(), z.unknown());

/**
 * A refused write of the Aktiviteter list as the activity the user saved, through the list's
 * own field mapping (activityMapper); null for another list or a write that is not an activity.
 */
export function refusedActivity(write: RefusedWrite): Activity | null {
  if (write.list !== activityMapper.list) return null;
  try {
    const parsed = itemFields.safeParse(JSON.parse(write.fields) as unknown);
    if (!parsed.success) return null;
    const { '@itemId': _itemId, ...fields } = parsed.data;
    return activityMapper.fromFields(fields);
  } catch {
    // Not JSON, or not an activity's fields: nothing to show (it stays for sharepoint:refused).
    return null;
  }
}

/** 412 (the item's eTag moved: someone else saved first), else refused (write-sync.ts reasons). */
function reasonOf(write: RefusedWrite): RefusedEdit['reason'] {
  return /^HTTP 412\b/.test(write.reason) ? 'changed-meanwhile' : 'refused';
}

/**
 * Refused activity edits from the SharePoint write outbox's refused writes, compared with the
 * activity as it is now. Dismissing marks the write (it stays for `npm run sharepoint:refused`).
 */
export class SharePointRefusedEdits implements RefusedEditsPort {
  constructor(
    private readonly outbox: WriteOutboxPort,
    private readonly activities: Pick<ActivityRepository, 'get'>,
    private readonly now: () => Date,
  ) {}

  async forActivity(activityId: string): Promise<RefusedEdit[]> {
    const writes = (await this.open()).filter((w) => w.key === activityId);
    if (writes.length === 0) return [];
    const current = await this.activities.get(activityId);
    if (current === undefined) return [];
    const edits: RefusedEdit[] = [];
    for (const write of writes) {
      const edited = refusedActivity(write);
      if (edited === null) continue;
      const changes = refusedChanges(current, edited);
      if (changes.length === 0) continue;
      edits.push({
        id: String(write.seq),
        activityId,
        savedAt: write.createdAt,
        reason: reasonOf(write),
        changes,
      });
    }
    return edits;
  }

  async dismiss(activityId: string, editId: string): Promise<boolean> {
    const write = (await this.open()).find((w) => w.key === activityId && String(w.seq) === editId);
    if (write === undefined) return false;
    return this.outbox.dismiss(write.seq, this.now().toISOString());
  }

  /** Refused, not dismissed writes of the Aktiviteter list. */
  private async open(): Promise<RefusedWrite[]> {
    return (await this.outbox.refused()).filter(
      (w) => w.list === activityMapper.list && w.dismissedAt === null,
    );
  }
}
