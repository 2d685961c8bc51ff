using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.VenueId")]
public readonly struct VenueIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class VenueIdConverter : IConverter<VenueId, VenueIdSurrogate>
{
    public VenueId ConvertFromSurrogate(in VenueIdSurrogate surrogate) => surrogate.Value is null ? default : new VenueId(surrogate.Value);

    public VenueIdSurrogate ConvertToSurrogate(in VenueId value) => new(value.Value);
}
