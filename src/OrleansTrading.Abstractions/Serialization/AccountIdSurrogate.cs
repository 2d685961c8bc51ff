using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.AccountId")]
public readonly struct AccountIdSurrogate(string? value)
{
    [Id(0)] public string? Value { get; } = value;
}

[RegisterConverter]
public sealed class AccountIdConverter : IConverter<AccountId, AccountIdSurrogate>
{
    public AccountId ConvertFromSurrogate(in AccountIdSurrogate surrogate) => surrogate.Value is null ? default : new AccountId(surrogate.Value);

    public AccountIdSurrogate ConvertToSurrogate(in AccountId value) => new(value.Value);
}
