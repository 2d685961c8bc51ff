using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.Money")]
public readonly struct MoneySurrogate(decimal amount, string? currency)
{
    [Id(0)] public decimal Amount { get; } = amount;

    [Id(1)] public string? Currency { get; } = currency;
}

[RegisterConverter]
public sealed class MoneyConverter : IConverter<Money, MoneySurrogate>
{
    public Money ConvertFromSurrogate(in MoneySurrogate surrogate) =>
        surrogate.Currency is null ? default : new Money(surrogate.Amount, new Currency(surrogate.Currency));

    public MoneySurrogate ConvertToSurrogate(in Money value) => new(value.Amount, value.Currency.Code);
}
