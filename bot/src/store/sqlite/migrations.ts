import type { Migration } from '../../sqlite/database';

/** Store schema. Append new migrations; never edit one that has shipped. */
export const storeMigrations: readonly Migration[] = [
  {
    id: '001-initial',
    sql: `
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        period_start INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('forvaltning', 'bolag'))
      );
      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        organisation_id TEXT NOT NULL REFERENCES organisations(id),
        goal INTEGER NOT NULL,
        strategy_id TEXT,
        heading TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        focus_area_ids TEXT NOT NULL,
        perspective_ids TEXT NOT NULL,
        target_group_ids TEXT NOT NULL,
        prevention_level TEXT,
        direction TEXT NOT NULL,
        partners TEXT NOT NULL,
        owner TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        demo INTEGER NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX activities_org ON activities(organisation_id);
      CREATE INDEX activities_plan ON activities(plan_id, goal);
      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        opens_at TEXT NOT NULL,
        closes_at TEXT NOT NULL
      );
      CREATE TABLE reports (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        activity_id TEXT NOT NULL REFERENCES activities(id),
        round_id TEXT NOT NULL REFERENCES rounds(id),
        status TEXT NOT NULL,
        done TEXT NOT NULL,
        next TEXT NOT NULL,
        reason TEXT NOT NULL,
        reported_by_user_id TEXT NOT NULL,
        reported_by_name TEXT NOT NULL,
        reported_at TEXT NOT NULL
      );
      CREATE INDEX reports_activity ON reports(activity_id, reported_at);
      CREATE INDEX reports_round ON reports(round_id, activity_id);
      CREATE TABLE members (
        user_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        organisation_id TEXT REFERENCES organisations(id),
        roles TEXT NOT NULL
      );
    `,
  },
  {
    // HR's support information (issue 6). Only editors are recorded; nothing about readers.
    id: '002-support',
    sql: `
      CREATE TABLE support_entries (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        audiences TEXT NOT NULL,
        category TEXT NOT NULL,
        contacts TEXT NOT NULL,
        owner_organisation_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('utkast', 'publicerad', 'arkiverad')),
        valid_from TEXT,
        valid_to TEXT,
        reviewed_at TEXT NOT NULL,
        source TEXT NOT NULL,
        demo INTEGER NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_name TEXT NOT NULL
      );
      CREATE TABLE support_entry_versions (
        entry_id TEXT NOT NULL REFERENCES support_entries(id),
        version INTEGER NOT NULL,
        action TEXT NOT NULL,
        changed_by_user_id TEXT NOT NULL,
        changed_by_name TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (entry_id, version)
      );
    `,
  },
  {
    // Reading one organisation's activities in a plan (the status card, every submit) must not
    // scan the whole plan: SQLite otherwise picks activities_plan and filters row by row.
    id: '003-activities-by-organisation',
    sql: `CREATE INDEX activities_org_plan ON activities(organisation_id, plan_id, goal, title);`,
  },
  {
    // The samordningsgrupp's meetings (issue 9): the meeting, its frozen snapshot, and what
    // the scheduler did with each step of each revision (so a restart never plans twice).
    id: '004-meetings',
    sql: `
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('samordningsgrupp', 'dialog')),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        theme TEXT NOT NULL,
        agenda TEXT NOT NULL,
        constellation TEXT NOT NULL,
        teams_link TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'cancelled')),
        round_id TEXT NOT NULL,
        schedule TEXT NOT NULL,
        revision INTEGER NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX meetings_start ON meetings(starts_at, id);
      CREATE INDEX meetings_round ON meetings(round_id);
      CREATE TABLE meeting_snapshots (
        meeting_id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        entries TEXT NOT NULL
      );
      CREATE TABLE meeting_steps (
        meeting_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        step TEXT NOT NULL,
        outcome TEXT NOT NULL,
        jobs INTEGER NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, revision, step)
      );
    `,
  },
  {
    // A meeting imported from the team's group calendar keeps the event's id (issue 9); an
    // event becomes at most one meeting, which the unique index makes sure of.
    id: '005-meeting-calendar-event',
    sql: `
      ALTER TABLE meetings ADD COLUMN calendar_event_id TEXT;
      CREATE UNIQUE INDEX meetings_calendar_event ON meetings(calendar_event_id)
        WHERE calendar_event_id IS NOT NULL;
    `,
  },
  {
    // People (issues 15 and 18, decision 0022): the log of every change Samordning makes to the
    // member list and the stand-ins, the stand-ins themselves, and whom a stand-in's report
    // was made for. Members removed are deleted; their reports keep their name.
    id: '010-people',
    sql: `
      CREATE TABLE people_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor_user_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        subject_user_id TEXT NOT NULL,
        change TEXT NOT NULL
      );
      CREATE INDEX people_log_at ON people_log(at, seq);
      CREATE TABLE stand_ins (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL,
        absent_user_id TEXT NOT NULL,
        absent_name TEXT NOT NULL,
        stand_in_user_id TEXT NOT NULL,
        stand_in_name TEXT NOT NULL,
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        created_by_user_id TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        ended_at TEXT,
        ended_by_name TEXT
      );
      CREATE INDEX stand_ins_org ON stand_ins(organisation_id, from_date);
      ALTER TABLE reports ADD COLUMN on_behalf_of_user_id TEXT;
      ALTER TABLE reports ADD COLUMN on_behalf_of_name TEXT;
    `,
  },
  {
    // Several plans in one store (issue 15, decision 0021): exactly one is current, the one
    // Samordning (or `npm run plan -- current`) last chose.
    id: '015-current-plan',
    sql: `
      ALTER TABLE plans ADD COLUMN is_current INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    // The plan file names a third kind of organisation: a stadsövergripande funktion such as
    // HR-avdelningen. SQLite cannot change a CHECK, so the table is rebuilt (foreign keys
    // checked at commit, when the new table carries the old name again).
    id: '016-organisation-kinds',
    sql: `
      PRAGMA defer_foreign_keys = ON;
      CREATE TABLE organisations_016 (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('forvaltning', 'bolag', 'stadsovergripande-funktion'))
      );
      INSERT INTO organisations_016 (id, name, kind) SELECT id, name, kind FROM organisations;
      DROP TABLE organisations;
      ALTER TABLE organisations_016 RENAME TO organisations;
    `,
  },
  {
    // The meeting's Dagordning edits and its decisions (issue 18 items 4 and 5, decision 0025).
    id: '017-minutes',
    sql: `
      CREATE TABLE meeting_agendas (
        meeting_id TEXT PRIMARY KEY,
        item_order TEXT NOT NULL,
        added TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_name TEXT NOT NULL
      );
      CREATE TABLE meeting_decisions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL,
        agenda_item_id TEXT NOT NULL,
        activity_id TEXT,
        note TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('decision', 'action')),
        what TEXT NOT NULL,
        organisation_id TEXT,
        due_date TEXT,
        recorded_by_user_id TEXT NOT NULL,
        recorded_by_name TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX meeting_decisions_meeting ON meeting_decisions(meeting_id, recorded_at);
      CREATE INDEX meeting_decisions_activity ON meeting_decisions(activity_id);
      CREATE INDEX meeting_decisions_organisation ON meeting_decisions(organisation_id);
    `,
  },
  {
    // Indicator values per round and the Kolada cache (issue 19 items 1 and 2, decision 0026).
    id: '018-indicators',
    sql: `
      CREATE TABLE indicator_values (
        plan_id TEXT NOT NULL,
        indicator_id TEXT NOT NULL,
        round_id TEXT NOT NULL,
        value REAL NOT NULL,
        entered_by_user_id TEXT NOT NULL,
        entered_by_name TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, indicator_id, round_id)
      );
      CREATE TABLE kolada_cache (
        key TEXT PRIMARY KEY,
        series TEXT NOT NULL
      );
    `,
  },
  {
    // The outcome of a Genomförd activity (issue 19 item 3, decision 0027): result, figure and
    // evidence links as one JSON value; NULL on every other report and on older ones.
    id: '019-outcomes',
    sql: `
      ALTER TABLE reports ADD COLUMN outcome TEXT;
    `,
  },
  {
    // Organisations change (issue 15 item 5, decision 0030): a validity period, earlier names
    // and the activities handed over in merges and splits (JSON). NULL on every older row.
    id: '020-organisation-history',
    sql: `
      ALTER TABLE organisations ADD COLUMN valid_from TEXT;
      ALTER TABLE organisations ADD COLUMN valid_to TEXT;
      ALTER TABLE organisations ADD COLUMN former_names TEXT;
      ALTER TABLE organisations ADD COLUMN handovers TEXT;
    `,
  },
  {
    // Indicators defined by Samordning in the tab (issue 19 item 1, decision 0032), per plan;
    // a removed one keeps its row (removed_at) so the values entered for it keep their name.
    id: '021-indicator-definitions',
    sql: `
      CREATE TABLE indicator_definitions (
        plan_id TEXT NOT NULL,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT,
        description TEXT,
        unit TEXT NOT NULL,
        direction TEXT NOT NULL,
        goal INTEGER,
        baseline TEXT,
        target TEXT,
        source TEXT,
        organisation TEXT,
        kolada_kpi TEXT,
        activity_id TEXT,
        updated_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        removed_at TEXT,
        PRIMARY KEY (plan_id, id)
      );
    `,
  },
];
