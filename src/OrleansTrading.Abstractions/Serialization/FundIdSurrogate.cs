using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.FundId")]
public readonly struct FundIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class FundIdConverter : IConverter<FundId, FundIdSurrogate>
{
    public FundId ConvertFromSurrogate(in FundIdSurrogate surrogate) => surrogate.Value is null ? default : new FundId(surrogate.Value);

    public FundIdSurrogate ConvertToSurrogate(in FundId value) => new(value.Value);
}
