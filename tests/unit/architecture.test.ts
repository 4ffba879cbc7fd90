import { lintAs } from '../helpers/eslint-stdin';

/**
 * The dependency rules of ARCHITECTURE.md are enforced by `npm run lint`. These tests
 * prove the rules fire: a forbidden import in each layer is an error.
 */

/** What the project's real ESLint says of `code` as if it were `file`: the restricted imports. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  return Promise.resolve(
    lintAs(file, code)
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => m.message),
  );
}

describe('architecture rules (lint)', () => {
  it.each([
    ["import Database from 'better-sqlite3';"],
    ["import { TurnContext } from 'botbuilder';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import { SqliteStore } from '../store/sqlite/sqlite-store';"],
    ["import { createHttpServer } from '../http/server';"],
    ["import { t } from '../i18n';"],
  ])('keeps the domain pure: %s is an error', async (line) => {
    expect(
      await restrictedImports('bot/src/domain/example.ts', `${line}\nexport {};\n`),
    ).toHaveLength(1);
  });

  it('lets the domain import the domain', async () => {
    const code = "import type { Plan } from './types';\nexport type P = Plan;\n";
    expect(await restrictedImports('bot/src/domain/example.ts', code)).toEqual([]);
  });

  it('keeps the meeting application services (bot/src/meetings) out of the domain', async () => {
    const code = (from: string) =>
      `import { meetingInputOf } from '${from}/meeting-form';\nexport const m = meetingInputOf;\n`;
    expect(await restrictedImports('bot/src/domain/example.ts', code('../meetings'))).toHaveLength(
      1,
    );
    expect(
      await restrictedImports('bot/src/domain/people/example.ts', code('../../meetings')),
    ).toHaveLength(1);
    // '../meetings' from a domain folder is the domain's own meetings/: allowed.
    const own =
      "import { meetingSchedule } from '../meetings/schedule';\nexport const s = meetingSchedule;\n";
    expect(await restrictedImports('bot/src/domain/people/example.ts', own)).toEqual([]);
  });

  it('keeps the meeting application services out of the adapters', async () => {
    const code =
      "import { applyMeetingChange } from '../../meetings/meeting-changes';\nexport const a = applyMeetingChange;\n";
    expect(await restrictedImports('bot/src/store/sqlite/example.ts', code)).toHaveLength(1);
    expect(
      await restrictedImports('bot/src/http/example.ts', code.replace('../../', '../')),
    ).toEqual([]);
  });

  it('keeps the Teams libraries out of the meeting services and the rhythm', async () => {
    const code = "import { TurnContext } from 'botbuilder';\nexport const c = TurnContext;\n";
    expect(await restrictedImports('bot/src/meetings/example.ts', code)).toHaveLength(1);
    expect(await restrictedImports('bot/src/rhythm/example.ts', code)).toHaveLength(1);
  });

  it('keeps concrete adapters out of the Teams routes', async () => {
    const code =
      "import { SqliteStore } from '../../store/sqlite/sqlite-store';\nexport const s = SqliteStore;\n";
    expect(await restrictedImports('bot/src/teams/routes/example.ts', code)).toHaveLength(1);
  });

  it.each([
    ["import { SqliteStore } from '../store/sqlite/sqlite-store';"],
    ["import { PARTITION } from '../runtime/azure-tables/entity-mappers';"],
    ["import Database from 'better-sqlite3';"],
  ])('keeps the record codecs free of the adapters they serve: %s is an error', async (line) => {
    expect(
      await restrictedImports('bot/src/codecs/example.ts', `${line}\nexport {};\n`),
    ).toHaveLength(1);
  });

  it('lets store/ and runtime/ use the record codecs, and keeps the domain off them', async () => {
    const code =
      "import { sqliteCodec } from '../../codecs/record-codec';\nexport const c = sqliteCodec;\n";
    expect(await restrictedImports('bot/src/store/sqlite/example.ts', code)).toEqual([]);
    expect(await restrictedImports('bot/src/runtime/sqlite/example.ts', code)).toEqual([]);
    expect(await restrictedImports('bot/src/domain/services/example.ts', code)).toHaveLength(1);
  });

  it.each([
    [
      'bot/src/runtime/sqlite/example.ts',
      "import { openMigrated } from '../../store/sqlite/database';",
    ],
    ['bot/src/runtime/example.ts', "import { odataString } from '../store/sharepoint/odata';"],
    [
      'bot/src/store/sqlite/example.ts',
      "import { SqliteOutbox } from '../../runtime/sqlite/sqlite-outbox';",
    ],
    ['bot/src/store/example.ts', "import { newJob } from '../runtime/outbox-rules';"],
  ])('keeps store/ and runtime/ apart: in %s, %s is an error', async (file, line) => {
    const messages = await restrictedImports(file, `${line}\nexport {};\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/share no module/);
  });

  it('lets store/ and runtime/ share the SQLite file and the Graph client, which import neither', async () => {
    const sqlite =
      "import { openMigrated } from '../../sqlite/database';\nexport const o = openMigrated;\n";
    const graph = "import { odataString } from '../graph/odata';\nexport const o = odataString;\n";
    expect(await restrictedImports('bot/src/store/sqlite/example.ts', sqlite)).toEqual([]);
    expect(await restrictedImports('bot/src/runtime/sqlite/example.ts', sqlite)).toEqual([]);
    expect(await restrictedImports('bot/src/runtime/example.ts', graph)).toEqual([]);
    const back =
      "import { SqliteStore } from '../store/sqlite/sqlite-store';\nexport const s = SqliteStore;\n";
    expect(await restrictedImports('bot/src/sqlite/example.ts', back)).toHaveLength(1);
    expect(
      await restrictedImports(
        'bot/src/graph/example.ts',
        back.replace('store/sqlite/sqlite-store', 'runtime/outbox-rules'),
      ),
    ).toHaveLength(1);
    // The domain stays off them too.
    expect(await restrictedImports('bot/src/domain/services/example.ts', sqlite)).toHaveLength(1);
  });

  it('keeps the Teams libraries inside bot/src/teams', async () => {
    const code = "import { TurnContext } from 'botbuilder';\nexport const c = TurnContext;\n";
    expect(await restrictedImports('bot/src/http/tab-api-example.ts', code)).toHaveLength(1);
    expect(await restrictedImports('bot/src/teams/example.ts', code)).toEqual([]);
  });
});
