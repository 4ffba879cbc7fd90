import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeCoverage } from '../../../bot/src/domain/dashboard/coverage';
import {
  activityAggregates,
  honestGaps,
  tagging,
  taggingPerOrganisation,
  uncertaintySentence,
} from '../../../bot/src/domain/figures/coverage';
import { loadDashboard } from '../../../bot/src/domain/services/dashboard-service';
import { loadReportDraft } from '../../../bot/src/domain/services/follow-up-service';
import { importTable } from '../../../bot/src/domain/services/import-service';
import type { Activity } from '../../../bot/src/domain/types';
import { readTableFile } from '../../../bot/src/files/table-file';
import { newActivity } from '../../helpers/fixtures';
import { importClock, openImportStore } from '../../helpers/import-store';
import { plan } from '../domain/dashboard/fixture';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');

const act = (fields: Partial<Activity> & { id: string }): Activity => ({
  ...newActivity(fields),
  version: 1,
});

describe('honest coverage on a hand-computed world', () => {
  // plan: focus areas f1, f2; perspectives barnperspektivet, valdsutovare; target groups from the fixture.
  const tagged = [
    act({ id: 'a1', organisationId: 'org-a', focusAreaIds: ['f1'], perspectiveIds: [] }),
    act({
      id: 'a2',
      organisationId: 'org-a',
      focusAreaIds: ['f1'],
      perspectiveIds: ['barnperspektivet'],
    }),
    act({
      id: 'b1',
      organisationId: 'org-b',
      heading: 'i-samverkan',
      preventionLevel: 'selektiv',
      direction: 'malmobor',
    }),
  ];

  it('nothing tagged: no gap is claimed, the uncertainty is said with the count', () => {
    const none = [act({ id: 'x1' }), act({ id: 'x2' })];
    const c = computeCoverage(plan, none);
    expect(c.gaps).toEqual([]);
    expect(c.tagging).toEqual({ total: 2, tagged: 0, untagged: 2 });
    expect(c.uncertain.map((u) => u.state)).toEqual(['none', 'none', 'none']);
    expect(c.uncertain[0]?.text).toBe(
      'Ingen av de 2 aktiviteterna är taggad med fokusområde, så det går inte att säga om något fokusområde saknas.',
    );
    expect(c.uncertain[2]?.text).toContain('någon målgrupp saknas');
  });

  it('partly tagged: the gaps among the tagged, by hand', () => {
    // focus areas: a1, a2 tagged f1 → f2 is a gap; b1 untagged in that dimension.
    expect(honestGaps(tagged, 'focusArea', ['f1', 'f2']).gapIds).toEqual(['f2']);
    // perspectives: only a2 tagged barnperspektivet → valdsutovare a gap, 2 untagged.
    const p = honestGaps(tagged, 'perspective', ['barnperspektivet', 'valdsutovare']);
    expect(p.gapIds).toEqual(['valdsutovare']);
    expect(p.tagging).toMatchObject({ total: 3, tagged: 1, untagged: 2, state: 'partial' });
    expect(uncertaintySentence(p.tagging)?.text).toBe(
      '2 aktiviteter av 3 saknar perspektiv; luckorna gäller de taggade aktiviteterna.',
    );
    // target groups: nobody tagged → no claim.
    expect(honestGaps(tagged, 'targetGroup', ['t1']).gapIds).toEqual([]);
    const c = computeCoverage(plan, tagged);
    expect(c.gaps.map((g) => `${g.dimension}:${g.id}`)).toEqual([
      'focusArea:f2',
      'perspective:valdsutovare',
    ]);
    expect(c.tagging).toEqual({ total: 3, tagged: 2, untagged: 1 });
  });

  it('fully tagged: the gap is certain and no uncertainty is said', () => {
    const all = tagged.map((a) => ({ ...a, focusAreaIds: ['f1'] }));
    const f = honestGaps(all, 'focusArea', ['f1', 'f2']);
    expect(f.tagging.state).toBe('complete');
    expect(uncertaintySentence(f.tagging)).toBeNull();
    expect(f.gapIds).toEqual(['f2']);
  });

  it('share tagged per organisation, and the aggregates of chapter 6', () => {
    expect(taggingPerOrganisation(tagged, ['org-a', 'org-b', 'org-d'])).toEqual([
      { organisationId: 'org-a', total: 2, tagged: 2, share: 1 },
      { organisationId: 'org-b', total: 1, tagged: 0, share: 0 },
      { organisationId: 'org-d', total: 0, tagged: 0, share: null },
    ]);
    expect(tagging(tagged)).toMatchObject({ total: 3, tagged: 2, untagged: 1 });
    expect(activityAggregates(tagged, 'stadsovergripande', ['i-samverkan'])).toEqual({
      total: 3,
      preventionLevels: { universell: 0, selektiv: 1, indikerad: 0, unknown: 2 },
      direction: { intern: 2, malmobor: 1 },
      samverkan: 1,
      stadsovergripande: 0,
    });
  });
});

/** Splits a `;` CSV line respecting double quotes. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The chapter-5 fixture without the Fokusområden, Perspektiv and Målgrupper columns. */
function withoutTagColumns(): Buffer {
  const lines = readFileSync(FIXTURE, 'utf8').split(/\r?\n/);
  const header = cells(lines[0] ?? '');
  const drop = new Set(['Fokusområden', 'Perspektiv', 'Målgrupper'].map((h) => header.indexOf(h)));
  expect([...drop].every((i) => i >= 0)).toBe(true);
  return Buffer.from(
    lines
      .map((l) =>
        l === ''
          ? l
          : cells(l)
              .filter((_, i) => !drop.has(i))
              .join(';'),
      )
      .join('\n'),
    'utf8',
  );
}

describe('seed 000 chapter 5 imported without tag columns', () => {
  it('the draft and Översikt claim no unaddressed fokusområde, perspektiv or målgrupp, and say how many are untagged', async () => {
    const s = await openImportStore();
    try {
      const outcome = await importTable(
        s.store,
        importClock,
        await readTableFile(withoutTagColumns()),
        {
          dryRun: false,
          importer: { userId: 'u', name: 'Samordningen' },
        },
      );
      expect(outcome.kind).toBe('imported');
      const dashboard = await loadDashboard(s.store, importClock, undefined, {});
      if (dashboard === undefined) throw new Error('no dashboard');
      expect(dashboard.coverage.gaps).toEqual([]);
      expect(dashboard.coverage.tagging).toEqual({ total: 53, tagged: 0, untagged: 53 });
      expect(dashboard.coverage.uncertain).toHaveLength(3);

      const draft = await loadReportDraft(s.store, importClock);
      if ('kind' in draft) throw new Error('no draft');
      const texts = draft.blocks.map((b) => b.text);
      expect(
        texts.filter((t) => /som ingen (taggad )?aktivitet tar upp|^Inga aktiviteter /.test(t)),
      ).toEqual([]);
      expect(texts.filter((t) => t.startsWith('Alla ') && t.includes('tas upp'))).toEqual([]);
      expect(texts).toContain(
        'Ingen av de 53 aktiviteterna är taggad med målgrupp, så det går inte att säga om någon målgrupp saknas.',
      );
      expect(texts.find((t) => t.startsWith('53 av 53 aktiviteter'))).toContain(
        'saknar taggar för fokusområde, perspektiv och målgrupp',
      );
    } finally {
      await s.close();
    }
  });
});
