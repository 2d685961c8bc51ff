namespace OrleansTrading.Execution.Delivery;

/// <summary>An inbound venue message (its FIX wire bytes) kept in the journal until the order grain has it.</summary>
public sealed record JournaledMessage(long Sequence, byte[] Message);
