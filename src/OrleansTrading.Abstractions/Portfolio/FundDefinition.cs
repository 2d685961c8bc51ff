using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions.Portfolio;

/// <summary>
/// What a fund (or book) aggregates: its accounts, and an optional correlation matrix over instruments for
/// correlation-adjusted exposure (row/column order = <see cref="CorrelationInstruments"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.FundDefinition")]
public sealed record FundDefinition(
    [property: Id(0)] FundId Fund,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<AccountId> Accounts,
    [property: Id(3)] ImmutableArray<InstrumentId> CorrelationInstruments,
    [property: Id(4)] ImmutableArray<ImmutableArray<decimal>> Correlations);
