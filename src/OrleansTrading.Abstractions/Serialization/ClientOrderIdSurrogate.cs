using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.ClientOrderId")]
public readonly struct ClientOrderIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class ClientOrderIdConverter : IConverter<ClientOrderId, ClientOrderIdSurrogate>
{
    public ClientOrderId ConvertFromSurrogate(in ClientOrderIdSurrogate surrogate) => surrogate.Value is null ? default : new ClientOrderId(surrogate.Value);

    public ClientOrderIdSurrogate ConvertToSurrogate(in ClientOrderId value) => new(value.Value);
}
