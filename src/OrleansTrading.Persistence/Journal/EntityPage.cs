namespace OrleansTrading.Persistence.Journal;

/// <summary>One page of entities; <see cref="NextPageToken"/> is null on the last page.</summary>
public sealed record EntityPage(IReadOnlyList<JournalEntity> Entities, string? NextPageToken);
