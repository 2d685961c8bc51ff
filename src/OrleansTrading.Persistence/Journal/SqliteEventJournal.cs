using Microsoft.Data.Sqlite;
using OrleansTrading.Persistence.Journal.Log;

namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// The journal's tables in the embedded local database: queried by every read, and written either directly (each append
/// group-committed with grain state, <see cref="AppendAsync"/>) or in bulk from the journal log
/// (<see cref="LoggedEventJournal"/>, the embedded default), which acknowledges appends before they reach these tables.
/// </summary>
public sealed class SqliteEventJournal(SqliteDatabase database) : IEventJournal
{
    public Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
    {
        var append = new JournalAppend(stream, events, entities);
        database.Enqueue(append);
        return append.Task;
    }

    public Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command("""
            SELECT sequence, entity, entity_no, payload FROM journal_event
            WHERE stream = $stream AND sequence > $after ORDER BY sequence LIMIT $max
            """);
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$max", maxCount);
        using var reader = command.ExecuteReader();
        var events = new List<JournalEvent>();
        while (reader.Read())
        {
            events.Add(new JournalEvent(stream, reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), (byte[])reader.GetValue(3)));
        }

        return Task.FromResult<IReadOnlyList<JournalEvent>>(events);
    }

    public Task<long> LastSequenceAsync(string stream) => Task.FromResult(StoredLastSequence(stream));

    public Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos) => FindEntityAsync(stream, entity);

    /// <summary>A point lookup on a pooled connection with its prepared statement (once per new order on the submit path).</summary>
    public Task<JournalEntity?> FindEntityAsync(string stream, string entity)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command($"SELECT {EntityColumns} FROM journal_entity WHERE stream = $stream AND entity = $entity");
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$entity", entity);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? ReadEntity(stream, reader) : null);
    }

    public async Task<EntityPage> QueryAsync(string stream, EntityQuery query)
    {
        await using var connection = await database.OpenReadConnectionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new System.Text.StringBuilder($"SELECT {EntityColumns} FROM journal_entity WHERE stream = $stream");
        command.Parameters.AddWithValue("$stream", stream);
        if (query.Tag1 is not null)
        {
            sql.Append(" AND tag1 = $tag1");
            command.Parameters.AddWithValue("$tag1", query.Tag1);
        }

        if (query.Tag2 is not null)
        {
            sql.Append(" AND tag2 = $tag2");
            command.Parameters.AddWithValue("$tag2", query.Tag2);
        }

        if (query.OpenOnly)
        {
            sql.Append(" AND is_open = 1");
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            var names = statuses.Select((s, i) => "$s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            sql.Append(" AND status IN (").Append(string.Join(", ", names)).Append(')');
            foreach (var (name, status) in names.Zip(statuses))
            {
                command.Parameters.AddWithValue(name, status);
            }
        }

        if (query.PageToken is not null)
        {
            var (created, entity) = PageToken.Decode(query.PageToken);
            sql.Append(" AND (created > $created OR (created = $created AND entity > $entity))");
            command.Parameters.AddWithValue("$created", created);
            command.Parameters.AddWithValue("$entity", entity);
        }

        sql.Append(" ORDER BY created, entity LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.PageSize + 1);
        command.CommandText = sql.ToString();

        var rows = new List<JournalEntity>();
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                rows.Add(ReadEntity(stream, reader));
            }
        }

        if (rows.Count <= query.PageSize)
        {
            return new EntityPage(rows, null);
        }

        rows.RemoveAt(rows.Count - 1);
        var last = rows[^1];
        return new EntityPage(rows, PageToken.Encode(last.CreatedNanos, last.Entity));
    }

    private const string EntityColumns = "entity, created, tag1, tag2, status, is_open, last_no, payload";

    private static JournalEntity ReadEntity(string stream, SqliteDataReader reader) => new(
        stream,
        reader.GetString(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt64(5) != 0,
        reader.GetInt32(6),
        (byte[])reader.GetValue(7));

    private sealed class JournalAppend(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
        : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), ISqliteWrite
    {
        /// <summary>
        /// Runs inside a savepoint so a refused append leaves nothing behind while the rest of the batch commits.
        /// </summary>
        public bool Apply(SqliteWriteContext context)
        {
            context.Command("SAVEPOINT journal_append").ExecuteNonQuery();
            try
            {
                Write(context);
                context.Command("RELEASE journal_append").ExecuteNonQuery();
                return true;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == ConstraintViolation)
            {
                Refuse(context, Conflict(ex));
                return false;
            }
            catch (JournalDuplicateException ex)
            {
                Refuse(context, ex);
                return false;
            }
        }

        private void Refuse(SqliteWriteContext context, Exception reason)
        {
            context.Command("ROLLBACK TO journal_append").ExecuteNonQuery();
            context.Command("RELEASE journal_append").ExecuteNonQuery();
            TrySetException(reason);
        }

        public void Committed() => TrySetResult();

        public void Failed(Exception exception) => TrySetException(exception);

        private const int ConstraintViolation = 19;
        private const int PrimaryKeyViolation = 1555;

        private Exception Conflict(SqliteException ex) =>
            ex.SqliteExtendedErrorCode == PrimaryKeyViolation && _current is { } current
                ? new JournalSequenceConflictException(stream, current.Sequence)
                : ex;

        private JournalEvent? _current;

        private void Write(SqliteWriteContext context)
        {
            // An event whose number the entity's row already holds is refused. The row, which the same append rewrites
            // anyway, is the check: a unique index over (stream, entity, number) cost one more B-tree leaf written per
            // event, a fifth of the bytes the order path wrote (ADR 0006, sixth session).
            foreach (var e in events)
            {
                _current = e;
                var insert = context.Command("""
                    INSERT INTO journal_event (stream, sequence, entity, entity_no, payload)
                    SELECT $stream, $seq, $entity, $no, $payload
                    WHERE NOT EXISTS (SELECT 1 FROM journal_entity WHERE stream = $stream AND entity = $entity AND last_no >= $no)
                    """);
                insert.Parameters.AddWithValue("$stream", stream);
                insert.Parameters.AddWithValue("$seq", e.Sequence);
                insert.Parameters.AddWithValue("$entity", e.Entity);
                insert.Parameters.AddWithValue("$no", e.EntityNumber);
                insert.Parameters.AddWithValue("$payload", GetArray(e.Payload));
                if (insert.ExecuteNonQuery() == 0)
                {
                    throw new JournalDuplicateException(stream, e.Entity, e.EntityNumber);
                }
            }

            _current = null;

            foreach (var entity in entities)
            {
                Upsert(context, stream, entity);
            }
        }
    }

    private static void Upsert(SqliteWriteContext context, string stream, JournalEntity entity)
    {
        var upsert = context.Command("""
            INSERT INTO journal_entity (stream, entity, created, tag1, tag2, status, is_open, last_no, payload)
            VALUES ($stream, $entity, $created, $tag1, $tag2, $status, $open, $no, $payload)
            ON CONFLICT (stream, entity) DO UPDATE SET
                tag1 = excluded.tag1, tag2 = excluded.tag2, status = excluded.status,
                is_open = excluded.is_open, last_no = excluded.last_no, payload = excluded.payload
            """);
        upsert.Parameters.AddWithValue("$stream", stream);
        upsert.Parameters.AddWithValue("$entity", entity.Entity);
        upsert.Parameters.AddWithValue("$created", entity.CreatedNanos);
        upsert.Parameters.AddWithValue("$tag1", entity.Tag1);
        upsert.Parameters.AddWithValue("$tag2", entity.Tag2);
        upsert.Parameters.AddWithValue("$status", entity.Status);
        upsert.Parameters.AddWithValue("$open", entity.IsOpen ? 1 : 0);
        upsert.Parameters.AddWithValue("$no", entity.LastEntityNumber);
        upsert.Parameters.AddWithValue("$payload", GetArray(entity.Payload));
        upsert.ExecuteNonQuery();
    }

    private static byte[] GetArray(ReadOnlyMemory<byte> payload) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();

    /// <summary>
    /// Stores appends the journal log already acknowledged (and checked), and records the log position they reach, in
    /// one transaction: after a crash the log is replayed from that position, so each append lands exactly once.
    /// </summary>
    internal Task ApplyLoggedAsync(IReadOnlyList<LoggedAppend> appends)
    {
        var apply = new LoggedApply(appends);
        database.Enqueue(apply);
        return apply.Task;
    }

    /// <summary>The last journal-log position the tables hold (0 when none).</summary>
    internal long AppliedLogPosition()
    {
        using var lease = database.LeaseReader();
        return (long?)lease.Command("SELECT position FROM journal_log_applied WHERE id = 1").ExecuteScalar() ?? 0;
    }

    internal long StoredLastSequence(string stream)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command("SELECT coalesce(max(sequence), 0) FROM journal_event WHERE stream = $stream");
        command.Parameters.AddWithValue("$stream", stream);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The last event number the entity's stored row holds, or null when the tables have no row for it.</summary>
    internal int? StoredLastNumber(string stream, string entity)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command("SELECT last_no FROM journal_entity WHERE stream = $stream AND entity = $entity");
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$entity", entity);
        return command.ExecuteScalar() is long number ? (int)number : null;
    }

    internal long StoredEntityCount(string stream)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command("SELECT count(*) FROM journal_entity WHERE stream = $stream");
        command.Parameters.AddWithValue("$stream", stream);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Up to <paramref name="max"/> names of the stream's stored entities after <paramref name="after"/>, in key order (one short read).</summary>
    internal IReadOnlyList<string> StoredEntityNamesAfter(string stream, string? after, int max)
    {
        using var lease = database.LeaseReader();
        var command = after is null
            ? lease.Command("SELECT entity FROM journal_entity WHERE stream = $stream ORDER BY entity LIMIT $max")
            : lease.Command("SELECT entity FROM journal_entity WHERE stream = $stream AND entity > $after ORDER BY entity LIMIT $max");
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$max", max);
        if (after is not null)
        {
            command.Parameters.AddWithValue("$after", after);
        }
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    internal bool HoldsSequence(string stream, long sequence)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command("SELECT 1 FROM journal_event WHERE stream = $stream AND sequence = $seq");
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$seq", sequence);
        return command.ExecuteScalar() is not null;
    }

    private sealed class LoggedApply(IReadOnlyList<LoggedAppend> appends)
        : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), ISqliteWrite
    {
        /// <summary>In a savepoint, so a failed apply leaves nothing behind and does not fail the batch's other writes.</summary>
        public bool Apply(SqliteWriteContext context)
        {
            context.Command("SAVEPOINT journal_apply").ExecuteNonQuery();
            try
            {
                // an append at or before the recorded position is in the tables already: never stored twice
                var applied = (long?)context.Command("SELECT position FROM journal_log_applied WHERE id = 1").ExecuteScalar() ?? 0;
                // one insert per event, with its parameters bound once; one upsert per entity with its latest row only (an
                // order's admission and its answer usually fall into the same apply, and the row is a summary)
                var insert = context.Command(
                    "INSERT INTO journal_event (stream, sequence, entity, entity_no, payload) VALUES ($stream, $seq, $entity, $no, $payload)");
                var stream = insert.Parameters.Add("$stream", SqliteType.Text);
                var sequence = insert.Parameters.Add("$seq", SqliteType.Integer);
                var entityName = insert.Parameters.Add("$entity", SqliteType.Text);
                var number = insert.Parameters.Add("$no", SqliteType.Integer);
                var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
                var latestRows = new Dictionary<(string Stream, string Entity), JournalEntity>();
                foreach (var append in appends)
                {
                    if (append.Position <= applied)
                    {
                        continue;
                    }

                    stream.Value = append.Stream;
                    foreach (var e in append.Events)
                    {
                        sequence.Value = e.Sequence;
                        entityName.Value = e.Entity;
                        number.Value = e.EntityNumber;
                        payload.Value = GetArray(e.Payload);
                        insert.ExecuteNonQuery();
                    }

                    foreach (var entity in append.Entities)
                    {
                        latestRows[(append.Stream, entity.Entity)] = entity;
                    }
                }

                foreach (var ((rowStream, _), entity) in latestRows)
                {
                    Upsert(context, rowStream, entity);
                }

                var mark = context.Command(
                    "INSERT INTO journal_log_applied (id, position) VALUES (1, $position) ON CONFLICT (id) DO UPDATE SET position = excluded.position");
                mark.Parameters.AddWithValue("$position", Math.Max(applied, appends[^1].Position));
                mark.ExecuteNonQuery();
                context.Command("RELEASE journal_apply").ExecuteNonQuery();
                return true;
            }
            catch (SqliteException ex)
            {
                context.Command("ROLLBACK TO journal_apply").ExecuteNonQuery();
                context.Command("RELEASE journal_apply").ExecuteNonQuery();
                TrySetException(ex);
                return false;
            }
        }

        public void Committed() => TrySetResult();

        public void Failed(Exception exception) => TrySetException(exception);
    }
}
