namespace OrleansTrading.Persistence;

internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS grain_state (
            state_name TEXT NOT NULL,
            grain_id   TEXT NOT NULL,
            payload    BLOB NOT NULL,
            version    INTEGER NOT NULL,
            PRIMARY KEY (state_name, grain_id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS journal_event (
            stream    TEXT NOT NULL,
            sequence  INTEGER NOT NULL,
            entity    TEXT NOT NULL,
            entity_no INTEGER NOT NULL,
            payload   BLOB NOT NULL,
            PRIMARY KEY (stream, sequence)
        ) WITHOUT ROWID;
        DROP INDEX IF EXISTS journal_event_by_entity;

        CREATE TABLE IF NOT EXISTS journal_entity (
            stream     TEXT NOT NULL,
            entity     TEXT NOT NULL,
            created    INTEGER NOT NULL,
            tag1       TEXT NOT NULL,
            tag2       TEXT NOT NULL,
            status     TEXT NOT NULL,
            is_open    INTEGER NOT NULL,
            last_no    INTEGER NOT NULL,
            payload    BLOB NOT NULL,
            PRIMARY KEY (stream, entity)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS journal_entity_by_created ON journal_entity (stream, created, entity);

        CREATE TABLE IF NOT EXISTS journal_log_applied (
            id       INTEGER PRIMARY KEY CHECK (id = 1),
            position INTEGER NOT NULL
        );
        """;
}
