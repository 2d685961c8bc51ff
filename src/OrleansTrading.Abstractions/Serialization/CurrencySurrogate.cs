using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.Currency")]
public readonly struct CurrencySurrogate(string? code)
{
    [Id(0)] public string? Code { get; } = code;
}

[RegisterConverter]
public sealed class CurrencyConverter : IConverter<Currency, CurrencySurrogate>
{
    public Currency ConvertFromSurrogate(in CurrencySurrogate surrogate) => surrogate.Code is null ? default : new Currency(surrogate.Code);

    public CurrencySurrogate ConvertToSurrogate(in Currency value) => new(value.Code);
}
