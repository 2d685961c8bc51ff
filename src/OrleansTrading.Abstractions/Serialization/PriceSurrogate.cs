using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.Price")]
public readonly struct PriceSurrogate(decimal value)
{
    [Id(0)] public decimal Value { get; } = value;
}

[RegisterConverter]
public sealed class PriceConverter : IConverter<Price, PriceSurrogate>
{
    public Price ConvertFromSurrogate(in PriceSurrogate surrogate) => new(surrogate.Value);

    public PriceSurrogate ConvertToSurrogate(in Price value) => new(value.Value);
}
