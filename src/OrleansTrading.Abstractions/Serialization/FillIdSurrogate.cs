using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.FillId")]
public readonly struct FillIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class FillIdConverter : IConverter<FillId, FillIdSurrogate>
{
    public FillId ConvertFromSurrogate(in FillIdSurrogate surrogate) => surrogate.Value is null ? default : new FillId(surrogate.Value);

    public FillIdSurrogate ConvertToSurrogate(in FillId value) => new(value.Value);
}
