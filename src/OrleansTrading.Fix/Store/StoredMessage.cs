namespace OrleansTrading.Fix.Store;

/// <summary>A sent message read back from a store.</summary>
public sealed record StoredMessage(int SeqNum, byte[] Message);
