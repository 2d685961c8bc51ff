using System.Globalization;
using Orleans.Runtime;
using Orleans.Storage;

namespace OrleansTrading.Persistence;

/// <summary>
/// Orleans grain storage in the local <see cref="SqliteDatabase"/>: the embedded default, so a single-silo
/// deployment loses nothing on restart. ETags are row versions, checked on every write; writes from all
/// grains are group-committed.
/// </summary>
public sealed class SqliteGrainStorage(SqliteDatabase database, IGrainStorageSerializer serializer) : IGrainStorage
{
    /// <summary>Transactions committed so far by the shared database (fewer than writes shows group commit).</summary>
    public long Commits => database.Commits;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using var lease = database.LeaseReader();
        var command = lease.Command("SELECT payload, version FROM grain_state WHERE state_name = $state AND grain_id = $grain");
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            var payload = (byte[])reader.GetValue(0);
            grainState.State = serializer.Deserialize<T>(new BinaryData(payload));
            grainState.ETag = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = serializer.Serialize(grainState.State).ToArray();
        var write = new GrainStateWrite(stateName, grainId.ToString(), payload, ParseETag(grainState.ETag));
        database.Enqueue(write);
        var version = await write.Task.ConfigureAwait(false);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var write = new GrainStateWrite(stateName, grainId.ToString(), null, ParseETag(grainState.ETag));
        database.Enqueue(write);
        await write.Task.ConfigureAwait(false);
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static long? ParseETag(string? etag) =>
        etag is null ? null : long.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture);
}
