namespace OrleansTrading.Abstractions;

/// <summary>
/// References to string-keyed grains with the grain type and interface type resolved once per interface.
/// <c>IGrainFactory.GetGrain&lt;T&gt;(string)</c> resolves the interface's Orleans type from its .NET type by reading its
/// attributes on every call, which perf showed at 4.5 % of the order path's CPU (docs/adr/0006); the resolution
/// depends only on the interface, so it is done once and the reference is then built from the grain id directly.
/// </summary>
public static class GrainReferences
{
    /// <summary>The grain of type <typeparamref name="TGrain"/> with this key; the same reference <c>GetGrain</c> returns.</summary>
    public static TGrain GetGrainByKey<TGrain>(this IGrainFactory grains, string key)
        where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (Resolved<TGrain>.Types is { } types)
        {
            return (TGrain)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
        }

        var reference = grains.GetGrain<TGrain>(key);
        if (reference is GrainReference resolved)
        {
            Resolved<TGrain>.Types = new ResolvedTypes(resolved.GrainId.Type, resolved.InterfaceType);
        }

        return reference;
    }

    private sealed record ResolvedTypes(GrainType Grain, GrainInterfaceType Interface);

    // one slot per interface; a reference assignment, so a racing first call at worst resolves twice
    private static class Resolved<TGrain>
    {
        public static ResolvedTypes? Types;
    }
}
