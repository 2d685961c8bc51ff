using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.InstrumentId")]
public readonly struct InstrumentIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class InstrumentIdConverter : IConverter<InstrumentId, InstrumentIdSurrogate>
{
    public InstrumentId ConvertFromSurrogate(in InstrumentIdSurrogate surrogate) => surrogate.Value is null ? default : new InstrumentId(surrogate.Value);

    public InstrumentIdSurrogate ConvertToSurrogate(in InstrumentId value) => new(value.Value);
}
