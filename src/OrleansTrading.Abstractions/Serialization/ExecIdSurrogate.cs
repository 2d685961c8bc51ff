using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.ExecId")]
public readonly struct ExecIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class ExecIdConverter : IConverter<ExecId, ExecIdSurrogate>
{
    public ExecId ConvertFromSurrogate(in ExecIdSurrogate surrogate) => surrogate.Value is null ? default : new ExecId(surrogate.Value);

    public ExecIdSurrogate ConvertToSurrogate(in ExecId value) => new(value.Value);
}
