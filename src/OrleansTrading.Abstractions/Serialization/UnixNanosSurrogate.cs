using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.UnixNanos")]
public readonly struct UnixNanosSurrogate(long value)
{
    [Id(0)] public long Value { get; } = value;
}

[RegisterConverter]
public sealed class UnixNanosConverter : IConverter<UnixNanos, UnixNanosSurrogate>
{
    public UnixNanos ConvertFromSurrogate(in UnixNanosSurrogate surrogate) => new(surrogate.Value);

    public UnixNanosSurrogate ConvertToSurrogate(in UnixNanos value) => new(value.Value);
}
