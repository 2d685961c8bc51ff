using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// How an account is set up: its reporting currency, the cash it started with (equity = cash + PnL), the funds it
/// belongs to, and its initial limits. Opening an account again with the same definition changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.AccountDefinition")]
public sealed record AccountDefinition(
    [property: Id(0)] AccountId Account,
    [property: Id(1)] Currency Currency,
    [property: Id(2)] decimal StartingCash,
    [property: Id(3)] ImmutableArray<FundId> Funds,
    [property: Id(4)] RiskLimitSettings Limits);
