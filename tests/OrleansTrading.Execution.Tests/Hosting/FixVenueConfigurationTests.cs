using Microsoft.Extensions.Configuration;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Execution.Hosting;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Tests.Hosting;

public sealed class FixVenueConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ot-venue-config-").FullName;

    public FixVenueConfigurationTests()
    {
        File.WriteAllText(Path.Combine(_directory, "venue.cfg"), """
            [DEFAULT]
            ConnectionType=initiator
            HeartBtInt=30
            FileStorePath=ignored
            [SESSION]
            BeginString=FIX.4.4
            SenderCompID=FUND
            TargetCompID=SIM
            SocketConnectHost=127.0.0.1
            SocketConnectPort=9876
            """);
        File.WriteAllText(Path.Combine(_directory, "acceptor.cfg"), """
            [SESSION]
            ConnectionType=acceptor
            BeginString=FIX.4.4
            SenderCompID=SIM
            TargetCompID=FUND
            SocketAcceptPort=9876
            """);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_complete_venue_is_read_with_its_session_symbols_store_and_reconciliation()
    {
        var venues = Read(new()
        {
            ["0:Id"] = "SIM",
            ["0:Kind"] = "fix",
            ["0:SessionConfig"] = "venue.cfg",
            ["0:Symbols:AAPL.XNAS"] = "AAPL",
            ["0:Symbols:ESZ6.XCME"] = "ESZ6",
            ["0:StorePath"] = "venues/sim",
            ["0:Fsync"] = "batched",
            ["0:Reconciliation"] = "mass",
            ["0:ReconciliationTimeout"] = "00:00:45",
            ["0:DeliveryLanes"] = "8",
        });

        var venue = Assert.Single(venues);
        Assert.Equal("SIM", venue.Venue.Value);
        Assert.Equal("FUND", venue.Session.SessionId.SenderCompId);
        Assert.Equal(9876, venue.Session.ConnectPort);
        Assert.True(venue.Symbols.TryToSymbol(new InstrumentId("ESZ6.XCME"), "SIM", out var symbol));
        Assert.Equal("ESZ6", symbol);
        Assert.Equal(Path.Combine(_directory, "data", "venues", "sim"), venue.StoreDirectory);
        Assert.Equal(FixFsyncPolicy.Batched, venue.Fsync);
        Assert.Equal(ReconciliationMode.Mass, venue.Reconciliation);
        Assert.Equal(TimeSpan.FromSeconds(45), venue.ReconciliationTimeout);
        Assert.Equal(8, venue.DeliveryLanes);
    }

    [Fact]
    public void Defaults_put_the_store_under_the_data_folder_fsync_every_write_and_ask_order_by_order()
    {
        var venue = Assert.Single(Read(new()
        {
            ["0:Id"] = "SIM",
            ["0:Kind"] = "fix",
            ["0:SessionConfig"] = "venue.cfg",
            ["0:Symbols:AAPL.XNAS"] = "AAPL",
        }));

        Assert.Equal(Path.Combine(_directory, "data", "fix", "SIM"), venue.StoreDirectory);
        Assert.Equal(FixFsyncPolicy.EveryMessage, venue.Fsync);
        Assert.Equal(ReconciliationMode.Status, venue.Reconciliation);
    }

    [Fact]
    public void Every_problem_of_every_venue_is_reported_at_once()
    {
        var error = Assert.Throws<VenueConfigurationException>(() => Read(new()
        {
            ["0:Id"] = "SIM",
            ["0:Kind"] = "fox",
            ["0:SessionConfig"] = "missing.cfg",
            ["0:Symbols:AAPL.XNAS"] = "AAPL",
            ["0:Fsync"] = "sometimes",
            ["0:Reconcilation"] = "mass",
            ["1:Id"] = "OTHER",
            ["1:Kind"] = "fix",
            ["1:SessionConfig"] = "acceptor.cfg",
            ["1:Symbols:AAPL.XNAS"] = "AAPL",
            ["1:Symbols:MSFT.XNAS"] = "AAPL",
            ["1:ReconciliationTimeout"] = "soon",
        }));

        Assert.Contains(error.Problems, p => p.Contains("Kind 'fox' is not a venue kind", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("SessionConfig 'missing.cfg' does not exist", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Fsync 'sometimes' is unknown; use always, batched or none", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Reconcilation is not a venue setting", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("use ConnectionType=initiator", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Symbols:MSFT.XNAS", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("ReconciliationTimeout 'soon' is not a positive duration", StringComparison.Ordinal));
    }

    [Fact]
    public void The_paper_venue_id_a_repeated_id_and_a_venue_without_symbols_are_refused()
    {
        var error = Assert.Throws<VenueConfigurationException>(() => Read(new()
        {
            ["0:Id"] = "PAPER",
            ["0:Kind"] = "fix",
            ["0:SessionConfig"] = "venue.cfg",
            ["0:Symbols:AAPL.XNAS"] = "AAPL",
            ["1:Id"] = "SIM",
            ["1:Kind"] = "fix",
            ["1:SessionConfig"] = "venue.cfg",
            ["2:Id"] = "SIM",
            ["2:Kind"] = "fix",
            ["2:SessionConfig"] = "venue.cfg",
            ["2:Symbols:AAPL.XNAS"] = "AAPL",
        }));

        Assert.Contains(error.Problems, p => p.Contains("PAPER is the built-in paper venue", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Symbols is empty", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("configured twice", StringComparison.Ordinal));
    }

    [Fact]
    public void No_venues_configured_is_an_empty_list()
    {
        Assert.Empty(Read([]));
    }

    private IReadOnlyList<OrleansTrading.Execution.Fix.FixVenueOptions> Read(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(p => $"{FixVenueConfiguration.SectionName}:{p.Key}", p => p.Value))
            .Build();
        return FixVenueConfiguration.Read(configuration.GetSection(FixVenueConfiguration.SectionName), Path.Combine(_directory, "data"), _directory);
    }
}
