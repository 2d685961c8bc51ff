using Orleans.Storage;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Accounts;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Positions;
using OrleansTrading.Grains.Tests.Cluster;

namespace OrleansTrading.Grains.Tests.Positions;

[Collection(ClusterCollection.Name)]
public sealed class ExactlyOnceTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task A_redelivered_execution_does_not_change_the_position()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "redeliver");
        var request = scenario.Limit(Aapl, OrderSide.Buy, 100, 99.00m);
        var order = await scenario.SubmitAcceptedAsync(request);
        var fill = new ExecutionReport(ExecType.Trade, OrderStatus.PartiallyFilled, new ExecId("VENUE-EXEC-1"), order.VenueClientOrderId,
            order.VenueOrderId, new Quantity(40), new Price(99.00m), new Quantity(40), new Quantity(60), new Price(99.00m), ClusterFixture.Clock.UtcNow);

        await scenario.Order(request).ApplyExecution(OrderGrain.PaperVenue, fill);
        await scenario.Order(request).ApplyExecution(OrderGrain.PaperVenue, fill with { PossDup = true });
        await scenario.Order(request).ApplyExecution(OrderGrain.PaperVenue, fill);

        var position = await scenario.PositionAsync(Aapl);
        var view = await scenario.Order(request).Get();
        Assert.Equal(40m, position.NetQuantity);
        Assert.Equal(1, position.FillCount);
        Assert.Equal(new Quantity(40), view!.FilledQuantity);
        Assert.Single(view.Fills);
    }

    [Fact]
    public async Task A_journaled_fill_handed_to_its_position_again_is_applied_once()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "posdup");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Sell, 7, 99.90m));
        var position = cluster.Grains.GetGrain<IPositionGrain>(GrainKeys.Position(scenario.Account, Aapl.Id));
        var fill = await JournaledFillAsync(scenario);

        Assert.Equal(FillOutcome.Duplicate, await position.ApplyFill(fill));
        Assert.Equal(FillOutcome.Duplicate, await position.ApplyFill(fill));
        await Assert.ThrowsAsync<ArgumentException>(() => position.ApplyFill(fill with { Sequence = 0 }));
        Assert.Equal(-7m, (await position.Get()).NetQuantity);
        Assert.Equal(1, (await position.Get()).FillCount);
    }

    [Fact]
    public async Task A_fill_the_position_saw_before_it_was_reactivated_is_still_recognised()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "posreact");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 3, 100.05m));
        var key = GrainKeys.Position(scenario.Account, Aapl.Id);
        var fill = await JournaledFillAsync(scenario);

        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(FillOutcome.Duplicate, await cluster.Grains.GetGrain<IPositionGrain>(key).ApplyFill(fill));
        Assert.Equal(3m, (await cluster.Grains.GetGrain<IPositionGrain>(key).Get()).NetQuantity);
    }

    [Fact]
    public async Task A_position_without_its_snapshot_is_rebuilt_from_its_accounts_journal()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "posrebuild");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 5, 100.05m));
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Sell, 2, 99.95m));
        var before = await scenario.PositionAsync(Aapl);
        var position = cluster.Grains.GetGrain<IPositionGrain>(GrainKeys.Position(scenario.Account, Aapl.Id));
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var storage = cluster.GrainStorage;
        var snapshot = new GrainState<PositionState>();
        await storage.ReadStateAsync("position", position.GetGrainId(), snapshot);
        Assert.True(snapshot.RecordExists, "the position snapshots when it leaves memory");
        await storage.ClearStateAsync("position", position.GetGrainId(), snapshot);

        var after = await position.Get();

        Assert.Equal(3m, after.NetQuantity);
        Assert.Equal(2, after.FillCount);
        Assert.Equal(before.RealizedPnl, after.RealizedPnl);
        Assert.Equal(before.Commissions, after.Commissions);
    }

    [Fact]
    public async Task Fills_reach_their_position_in_journal_order_and_snapshots_read_nothing()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "poschain");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var journal = cluster.SiloService<FlakyJournal>();
        var position = cluster.Grains.GetGrain<IPositionGrain>(GrainKeys.Position(scenario.Account, Aapl.Id));
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 5, 100.05m));
        var reads = journal.Reads(scenario.OrderJournal);

        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 4, 100.05m));
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Sell, 2, 99.95m));
        Assert.Equal(reads, journal.Reads(scenario.OrderJournal)); // each fill names the one before it: applied in order, nothing read

        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(reads, journal.Reads(scenario.OrderJournal)); // the position's snapshot holds what it has: nothing read

        // both come back from their snapshots (reading the journal after them); the account's snapshot kept the chain
        await scenario.AccountGrain.Get();
        Assert.Equal(7m, (await position.Get()).NetQuantity);
        reads = journal.Reads(scenario.OrderJournal);
        await scenario.SubmitAcceptedAsync(scenario.Market(Aapl, OrderSide.Sell, 1));

        Assert.Equal(reads, journal.Reads(scenario.OrderJournal));
        var after = await position.Get();
        Assert.Equal(6m, after.NetQuantity);
        Assert.Equal(4, after.FillCount);
    }

    [Fact]
    public async Task An_account_snapshot_from_before_fills_were_chained_learns_the_chain_from_the_journal()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "poslegacy");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 5, 100.05m));
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Sell, 1, 99.95m));
        var lastFill = (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Last(e => e.FillId is not null).Sequence;
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        // the account's snapshot as stored before fills were chained
        var storage = cluster.GrainStorage;
        var account = new GrainState<AccountState>();
        await storage.ReadStateAsync("account", scenario.AccountGrain.GetGrainId(), account);
        Assert.Equal(lastFill, account.State!.LastFillSequences![Aapl.Id]);
        account.State!.LastFillSequences = null;
        await storage.WriteStateAsync("account", scenario.AccountGrain.GetGrainId(), account);

        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 2, 90.00m)); // rests: journaled, no fill
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        await storage.ReadStateAsync("account", scenario.AccountGrain.GetGrainId(), account);
        Assert.Equal(lastFill, account.State!.LastFillSequences![Aapl.Id]);
        Assert.Equal(4m, (await scenario.PositionAsync(Aapl)).NetQuantity);
    }

    [Fact]
    public async Task A_fill_that_is_not_in_its_accounts_journal_is_refused_and_changes_nothing()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "posghost");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        await scenario.SubmitAcceptedAsync(scenario.Limit(Aapl, OrderSide.Buy, 3, 100.05m));
        var position = cluster.Grains.GetGrain<IPositionGrain>(GrainKeys.Position(scenario.Account, Aapl.Id));
        var fill = await JournaledFillAsync(scenario);

        await Assert.ThrowsAsync<InvalidOperationException>(() => position.ApplyFill(fill with { FillId = new FillId("GHOST-1"), Sequence = 10_000, PreviousFillSequence = 9_000 }));

        var view = await position.Get();
        Assert.Equal(3m, view.NetQuantity);
        Assert.Equal(1, view.FillCount);
    }

    /// <summary>The account's first journaled fill, as the account hands it to its position.</summary>
    private static async Task<PositionFill> JournaledFillAsync(TradingScenario scenario)
    {
        var events = await scenario.AccountGrain.ReadOrderEvents(0, 100);
        return OrderJournal.Fill(events.First(e => e.FillId is not null), Aapl)!;
    }

    [Fact]
    public async Task Position_equals_the_sum_of_the_orders_recorded_fills()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "sum");
        scenario.Quote(Aapl, 100.00m, 100.02m);
        var orders = new List<SubmitOrderRequest>();
        for (var i = 0; i < 8; i++)
        {
            var request = i % 3 == 0 ? scenario.Market(Aapl, OrderSide.Sell, 10 + i) : scenario.Market(Aapl, OrderSide.Buy, 20 + i);
            orders.Add(request);
            await scenario.SubmitAcceptedAsync(request);
        }

        var views = await Task.WhenAll(orders.Select(o => scenario.Order(o).Get()));
        var expected = views.Sum(v => v!.Fills.Sum(f => f.Quantity.Value) * v.Side.Sign());
        Assert.Equal(expected, (await scenario.PositionAsync(Aapl)).NetQuantity);
    }
}
