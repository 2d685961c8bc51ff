using System.Collections.Frozen;

namespace OrleansTrading.Api.Security;

/// <summary>The ids (accounts or funds) a caller may touch: a set, or every id (<c>*</c> in configuration and claims).</summary>
public sealed class CallerScope
{
    public const string Everything = "*";

    public static readonly CallerScope All = new(everything: true, FrozenSet<string>.Empty);

    public static readonly CallerScope Nothing = new(everything: false, FrozenSet<string>.Empty);

    private CallerScope(bool everything, FrozenSet<string> ids)
    {
        IsEverything = everything;
        Ids = ids;
    }

    public bool IsEverything { get; }

    public FrozenSet<string> Ids { get; }

    /// <summary>Builds a scope from configured or claimed ids; entries may be comma- or space-separated lists.</summary>
    public static CallerScope From(IEnumerable<string?>? entries)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries ?? [])
        {
            foreach (var id in (entry ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (id == Everything)
                {
                    return All;
                }

                ids.Add(id);
            }
        }

        return ids.Count == 0 ? Nothing : new CallerScope(everything: false, ids.ToFrozenSet(StringComparer.Ordinal));
    }

    public bool Contains(string id) => IsEverything || Ids.Contains(id);

    public override string ToString() => IsEverything ? Everything : Ids.Count == 0 ? "(none)" : string.Join(",", Ids.Order(StringComparer.Ordinal));
}
