namespace OrleansTrading.Persistence.Journal;

/// <summary>Filters over a stream's entities; null means "any". Pages follow creation order.</summary>
public sealed record EntityQuery(
    string? Tag1 = null,
    string? Tag2 = null,
    IReadOnlyCollection<string>? Statuses = null,
    bool OpenOnly = false,
    int PageSize = 100,
    string? PageToken = null);
