using System.Globalization;
using Orleans.Storage;

namespace OrleansTrading.Persistence;

/// <summary>One grain-state insert, update or delete with its optimistic version check.</summary>
internal sealed class GrainStateWrite(string stateName, string grainId, byte[]? payload, long? expectedVersion)
    : TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously), ISqliteWrite
{
    private long _newVersion;

    public bool Apply(SqliteWriteContext context)
    {
        if (payload is null && expectedVersion is null)
        {
            _newVersion = 0;
            return true;
        }

        var command = (payload, expectedVersion) switch
        {
            (null, _) => context.Command("DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND version = $expected"),
            (_, null) => context.Command("""
                INSERT INTO grain_state (state_name, grain_id, payload, version) VALUES ($state, $grain, $payload, 1)
                ON CONFLICT (state_name, grain_id) DO NOTHING
                """),
            _ => context.Command("""
                UPDATE grain_state SET payload = $payload, version = version + 1
                WHERE state_name = $state AND grain_id = $grain AND version = $expected
                """),
        };
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId);
        if (payload is not null)
        {
            command.Parameters.AddWithValue("$payload", payload);
        }

        if (expectedVersion is { } expected)
        {
            command.Parameters.AddWithValue("$expected", expected);
        }

        if (command.ExecuteNonQuery() == 1)
        {
            _newVersion = payload is null ? 0 : (expectedVersion ?? 0) + 1;
            return true;
        }

        TrySetException(new InconsistentStateException(
            $"Grain state '{stateName}' of {grainId} was changed by someone else (expected version " +
            $"{expectedVersion?.ToString(CultureInfo.InvariantCulture) ?? "none"}); reactivate the grain to read the current state."));
        return false;
    }

    public void Committed() => TrySetResult(_newVersion);

    public void Failed(Exception exception) => TrySetException(exception);
}
