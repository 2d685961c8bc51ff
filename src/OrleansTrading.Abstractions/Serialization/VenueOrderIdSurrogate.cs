using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.VenueOrderId")]
public readonly struct VenueOrderIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class VenueOrderIdConverter : IConverter<VenueOrderId, VenueOrderIdSurrogate>
{
    public VenueOrderId ConvertFromSurrogate(in VenueOrderIdSurrogate surrogate) => surrogate.Value is null ? default : new VenueOrderId(surrogate.Value);

    public VenueOrderIdSurrogate ConvertToSurrogate(in VenueOrderId value) => new(value.Value);
}
