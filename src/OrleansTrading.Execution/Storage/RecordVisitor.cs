namespace OrleansTrading.Execution.Storage;

/// <summary>Receives each intact record of a <see cref="DurableRecordLog"/> when it is opened, oldest first.</summary>
internal delegate void RecordVisitor(byte kind, ReadOnlySpan<byte> payload);
