using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.Quantity")]
public readonly struct QuantitySurrogate(decimal value)
{
    [Id(0)] public decimal Value { get; } = value;
}

[RegisterConverter]
public sealed class QuantityConverter : IConverter<Quantity, QuantitySurrogate>
{
    public Quantity ConvertFromSurrogate(in QuantitySurrogate surrogate) => new(surrogate.Value);

    public QuantitySurrogate ConvertToSurrogate(in Quantity value) => new(value.Value);
}
