using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Execution.Tests.Support;

/// <summary>The instruments the tests trade, and a catalog holding them.</summary>
internal sealed class TestInstruments : IInstrumentCatalog
{
    public static readonly Instrument Aapl = new(new InstrumentId("AAPL.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));

    public static readonly Instrument Msft = new(new InstrumentId("MSFT.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));

    public static readonly TestInstruments Catalog = new();

    public IReadOnlyCollection<Instrument> All { get; } = [Aapl, Msft];

    public Instrument? Find(InstrumentId id) => All.FirstOrDefault(i => i.Id == id);
}
