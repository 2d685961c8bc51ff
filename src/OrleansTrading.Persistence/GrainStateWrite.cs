namespace OrleansTrading.Persistence;

/// <summary>One pending change to a stored grain state, completed when the batch that holds it is durable.</summary>
internal sealed class GrainStateWrite(string stateName, string grainId, byte[]? payload, long? expectedVersion)
    : TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public string StateName { get; } = stateName;

    public string GrainId { get; } = grainId;

    /// <summary>The serialized state, or null to delete the record.</summary>
    public byte[]? Payload { get; } = payload;

    /// <summary>The version the caller last read, or null when it believes no record exists.</summary>
    public long? ExpectedVersion { get; } = expectedVersion;

    public bool IsDelete => Payload is null;
}
