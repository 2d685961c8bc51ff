using Azure;
using Azure.Data.Tables;

namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// The journal on Azure Table storage, one partition per stream: event rows (<c>e{sequence}</c>), entity
/// summaries (<c>o{created}|{entity}</c>), one marker per (entity, number) (<c>n…</c>, so a re-sent event
/// fails the append like SQLite's unique index; it also holds the entity's creation time, which finds the summary by
/// the entity's name alone) and a head row with the last sequence. An append is one
/// entity-group transaction, hence atomic, limited to 100 rows.
/// </summary>
public sealed class AzureTableEventJournal(TableServiceClient service, string tableName = "OrderJournal") : IEventJournal
{
    private const int MaxTransactionRows = 100;
    private const int MaxPropertyBytes = 60 * 1024;
    private readonly TableClient _table = service.GetTableClient(tableName);
    private Task? _created;

    public async Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
    {
        var rows = (events.Count * 2) + entities.Count + 1;
        if (rows > MaxTransactionRows)
        {
            throw new ArgumentException($"An append to the Azure Table journal holds at most {MaxTransactionRows} rows; this one needs {rows}. Append fewer events at a time.", nameof(events));
        }

        await EnsureTableAsync().ConfigureAwait(false);
        var partition = TableKeys.Escape(stream);
        var actions = new List<TableTransactionAction>(rows);
        var created = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            created[entity.Entity] = entity.CreatedNanos;
        }

        foreach (var e in events)
        {
            var row = new TableEntity(partition, TableKeys.EventKey(e.Sequence))
            {
                ["Entity"] = e.Entity,
                ["EntityNumber"] = e.EntityNumber,
            };
            WritePayload(row, e.Payload);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
            var marker = new TableEntity(partition, TableKeys.EntityNumberKey(e.Entity, e.EntityNumber));
            if (created.TryGetValue(e.Entity, out var createdNanos))
            {
                marker["Created"] = createdNanos;
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, marker));
        }

        foreach (var entity in entities)
        {
            var row = new TableEntity(partition, TableKeys.EntityKey(entity.CreatedNanos, entity.Entity))
            {
                ["Entity"] = entity.Entity,
                ["Created"] = entity.CreatedNanos,
                ["Tag1"] = entity.Tag1,
                ["Tag2"] = entity.Tag2,
                ["Status"] = entity.Status,
                ["IsOpen"] = entity.IsOpen,
                ["LastEntityNumber"] = entity.LastEntityNumber,
            };
            WritePayload(row, entity.Payload);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
        }

        if (events.Count > 0)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, TableKeys.HeadKey)
            {
                ["LastSequence"] = events.Max(e => e.Sequence),
            }));
        }

        if (actions.Count > 0)
        {
            try
            {
                await _table.SubmitTransactionAsync(actions).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex is { } index && index < events.Count * 2)
            {
                var e = events[index / 2];
                throw index % 2 == 0
                    ? new JournalSequenceConflictException(stream, e.Sequence)
                    : new JournalDuplicateException(stream, e.Entity, e.EntityNumber);
            }
        }
    }

    public async Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount)
    {
        await EnsureTableAsync().ConfigureAwait(false);
        var partition = TableKeys.Escape(stream);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {TableKeys.EventKey(afterSequence)} and RowKey lt {"f"}");
        var events = new List<JournalEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(maxCount, 1000)).ConfigureAwait(false))
        {
            events.Add(new JournalEvent(
                stream,
                long.Parse(row.RowKey.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture),
                row.GetString("Entity"),
                row.GetInt32("EntityNumber") ?? 0,
                ReadPayload(row)));
            if (events.Count == maxCount)
            {
                break;
            }
        }

        return events;
    }

    public async Task<long> LastSequenceAsync(string stream)
    {
        await EnsureTableAsync().ConfigureAwait(false);
        var head = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(stream), TableKeys.HeadKey).ConfigureAwait(false);
        return head.HasValue ? head.Value!.GetInt64("LastSequence") ?? 0 : 0;
    }

    public async Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos)
    {
        await EnsureTableAsync().ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(stream), TableKeys.EntityKey(createdNanos, entity)).ConfigureAwait(false);
        return row.HasValue ? ToEntity(stream, row.Value!) : null;
    }

    public async Task<JournalEntity?> FindEntityAsync(string stream, string entity)
    {
        await EnsureTableAsync().ConfigureAwait(false);
        var partition = TableKeys.Escape(stream);
        var first = await _table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.EntityNumberKey(entity, 1)).ConfigureAwait(false);
        if (!first.HasValue)
        {
            return null;
        }

        if (first.Value!.GetInt64("Created") is { } createdNanos)
        {
            return await GetEntityAsync(stream, entity, createdNanos).ConfigureAwait(false);
        }

        // a marker written before markers held the creation time: look the summary up by its name
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {"o"} and RowKey lt {"p"} and Entity eq {entity}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1).ConfigureAwait(false))
        {
            return ToEntity(stream, row);
        }

        return null;
    }

    public async Task<EntityPage> QueryAsync(string stream, EntityQuery query)
    {
        var from = query.PageToken is null ? "o" : TableKeys.EntityKey(PageToken.Decode(query.PageToken).CreatedNanos, PageToken.Decode(query.PageToken).Entity);
        await EnsureTableAsync().ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(stream)} and RowKey gt {from} and RowKey lt {"p"}");
        if (query.Tag1 is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Tag1 eq {query.Tag1}");
        }

        if (query.Tag2 is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Tag2 eq {query.Tag2}");
        }

        if (query.OpenOnly)
        {
            filter += " and IsOpen eq true";
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            filter += " and (" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s}"))) + ")";
        }

        var rows = new List<JournalEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(query.PageSize + 1, 1000)).ConfigureAwait(false))
        {
            rows.Add(ToEntity(stream, row));
            if (rows.Count > query.PageSize)
            {
                break;
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

    private static JournalEntity ToEntity(string stream, TableEntity row) => new(
        stream,
        row.GetString("Entity"),
        row.GetInt64("Created") ?? 0,
        row.GetString("Tag1"),
        row.GetString("Tag2"),
        row.GetString("Status"),
        row.GetBoolean("IsOpen") ?? false,
        row.GetInt32("LastEntityNumber") ?? 0,
        ReadPayload(row));

    /// <summary>
    /// A payload in properties of at most <see cref="MaxPropertyBytes"/> each (<c>Payload</c>, <c>Payload1</c>, …): a
    /// binary property holds at most 64 KiB, while an order's record grows with its fills (an entity holds up to 1 MiB).
    /// </summary>
    private static void WritePayload(TableEntity row, ReadOnlyMemory<byte> payload)
    {
        row["Payload"] = payload[..Math.Min(payload.Length, MaxPropertyBytes)].ToArray();
        for (int part = 1, start = MaxPropertyBytes; start < payload.Length; part++, start += MaxPropertyBytes)
        {
            row["Payload" + part.ToString(System.Globalization.CultureInfo.InvariantCulture)] = payload[start..Math.Min(payload.Length, start + MaxPropertyBytes)].ToArray();
        }
    }

    private static byte[] ReadPayload(TableEntity row)
    {
        var first = row.GetBinary("Payload");
        if (!row.ContainsKey("Payload1"))
        {
            return first;
        }

        var buffer = new List<byte>(first);
        for (var part = 1; row.GetBinary("Payload" + part.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } next; part++)
        {
            buffer.AddRange(next);
        }

        return [.. buffer];
    }

    private Task EnsureTableAsync() => _created ??= CreateTableAsync();

    private async Task CreateTableAsync()
    {
        try
        {
            await _table.CreateIfNotExistsAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            _created = null;
            throw;
        }
    }
}
