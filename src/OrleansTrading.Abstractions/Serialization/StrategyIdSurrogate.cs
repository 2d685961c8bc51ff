using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.StrategyId")]
public readonly struct StrategyIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class StrategyIdConverter : IConverter<StrategyId, StrategyIdSurrogate>
{
    public StrategyId ConvertFromSurrogate(in StrategyIdSurrogate surrogate) => surrogate.Value is null ? default : new StrategyId(surrogate.Value);

    public StrategyIdSurrogate ConvertToSurrogate(in StrategyId value) => new(value.Value);
}
