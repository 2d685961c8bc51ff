using Orleans.Serialization;
using Orleans.Storage;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Orders;

/// <summary>
/// The account's journal is an order's record (ADR 0006): the order grain stores nothing of its own while its account
/// journals its changes, and continues from the journal entry whenever it is activated again. When the account cannot
/// journal a change, the order stores it itself until the account can; the account hands journaled fills to the
/// position and sends them again until the position has them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalRecordTests(ClusterFixture cluster)
{
    private static readonly Domain.Instruments.Instrument Msft = ClusterFixture.Msft;

    [Fact]
    public async Task A_finished_order_submitted_again_after_it_left_memory_is_the_same_order_and_is_not_admitted_twice()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "again");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 10, 400.05m);
        var filled = await scenario.SubmitAcceptedAsync(request);
        Assert.Equal(OrderStatus.Filled, filled.Status);
        var eventsBefore = (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Count;
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var again = await scenario.SubmitAsync(request);
        var different = await scenario.SubmitAsync(request with { Quantity = new Quantity(3m) });

        Assert.Equal(SubmitOrderOutcome.Duplicate, again.Outcome);
        Assert.Equal(filled, again.Order! with { Fills = filled.Fills }); // ImmutableArray compares by reference
        Assert.Equal(
            filled.Fills.Select(f => (f.FillId, f.ExecId, f.Quantity.Value, f.Price.Value, f.Commission.Amount, f.TsEvent)),
            again.Order!.Fills.Select(f => (f.FillId, f.ExecId, f.Quantity.Value, f.Price.Value, f.Commission.Amount, f.TsEvent)));
        Assert.Equal(SubmitOrderOutcome.Refused, different.Outcome);
        Assert.Equal("CLIENT_ORDER_ID_IN_USE", different.Refusal!.Code);
        Assert.Equal(eventsBefore, (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Count);
        Assert.Equal(10m, (await scenario.PositionAsync(Msft)).NetQuantity);
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
    }

    [Fact]
    public async Task An_order_whose_account_cannot_journal_a_change_stores_it_until_the_account_journals_it()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "account-down");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 5, 399.00m);
        await scenario.SubmitAcceptedAsync(request);

        // the cancel request cannot be journaled: the order stores it, still sends the cancel, and keeps the venue's
        // answer with it until the account (reloaded after its failed append) journals both
        cluster.SiloService<FlakyJournal>().FailNextAppends(scenario.OrderJournal, 1);
        var cancel = await scenario.Order(request).Cancel("trader-1");

        Assert.True(cancel.Succeeded, cancel.Refusal?.Message);
        await Eventually.TrueAsync(
            async () => (await scenario.AccountGrain.ReadOrderEvents(0, 100)).Any(e => e.Kind == OrderEventKind.Canceled),
            "the account journals the cancel once it can");
        var events = await scenario.AccountGrain.ReadOrderEvents(0, 100);
        Assert.Equal([OrderEventKind.Submitted, OrderEventKind.Accepted, OrderEventKind.CancelRequested, OrderEventKind.Canceled], events.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4], events.Select(e => e.OrderVersion));
        Assert.Equal(OrderStatus.Canceled, (await scenario.AccountGrain.ListOrders(new OrderQuery(PageSize: 10))).Orders.Single().Status);
        Assert.Equal(0, (await scenario.AccountGrain.GetRiskSnapshot()).OpenOrders);

        // once journaled, what the order stored is removed: the journal is its record again
        await Eventually.TrueAsync(async () => !(await StoredStateAsync(scenario, request)).RecordExists, "the order's own stored state is removed");
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var rebuilt = await scenario.Order(request).Get();
        Assert.Equal(OrderStatus.Canceled, rebuilt!.Status);
        Assert.Equal(4, rebuilt.Version);
    }

    [Fact]
    public async Task Stored_state_older_than_the_journal_gives_way_to_the_journal()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "stale");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 5, 399.00m);
        var accepted = await scenario.SubmitAcceptedAsync(request);
        Assert.True((await scenario.Order(request).Cancel("trader-1")).Succeeded);

        // state the order stored while its account was unreachable, whose removal failed: it ends at the acknowledgement,
        // while the journal went on to the cancel
        var journaled = (await scenario.AccountGrain.FindOrder(GrainKeys.Order(request.Account, request.ClientOrderId)))!.Record!;
        Assert.Equal(4, journaled.Changes.Length);
        var stale = new OrderState
        {
            Request = journaled.Request,
            Order = RestoreAt(journaled, accepted),
            Changes = [.. journaled.Changes.Take(accepted.Version)],
            AccountConfirmedVersion = accepted.Version,
        };
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var storage = Storage();
        var row = await StoredStateAsync(scenario, request);
        row.State = stale;
        await storage.WriteStateAsync("order", scenario.Order(request).GetGrainId(), row);

        var view = await scenario.Order(request).Get();

        Assert.Equal(OrderStatus.Canceled, view!.Status);
        Assert.Equal(4, view.Version);
        Assert.False((await StoredStateAsync(scenario, request)).RecordExists);
    }

    [Fact]
    public async Task An_order_stored_before_journal_rows_held_records_gets_one_before_its_stored_state_is_removed()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "legacy");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 5, 399.00m);
        var accepted = await scenario.SubmitAcceptedAsync(request);
        var key = GrainKeys.Order(request.Account, request.ClientOrderId);
        var record = (await scenario.AccountGrain.FindOrder(key))!.Record!;

        // as an earlier version left it: the order's state stored by its grain, its journal row holding only its view
        var journal = cluster.SiloService<FlakyJournal>();
        var row = (await journal.FindEntityAsync(scenario.OrderJournal, key))!;
        await journal.AppendAsync(scenario.OrderJournal, [], [row with { Payload = cluster.SiloService<Serializer>().SerializeToArray(accepted) }]);
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = await StoredStateAsync(scenario, request);
        stored.State = new OrderState { Request = record.Request, Order = record.Order, Changes = [.. record.Changes], AccountConfirmedVersion = record.Changes.Length };
        await Storage().WriteStateAsync("order", scenario.Order(request).GetGrainId(), stored);

        // the account's sweep repairs it; afterwards it leaves memory and is asked for again
        Assert.NotNull(await scenario.Order(request).Repair());
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.False((await StoredStateAsync(scenario, request)).RecordExists);
        Assert.NotNull((await scenario.AccountGrain.FindOrder(key))!.Record);
        var view = await scenario.Order(request).Get();
        Assert.Equal(OrderStatus.New, view!.Status);
        Assert.Equal(accepted.Version, view.Version);
    }

    [Fact]
    public async Task A_fill_its_position_could_not_take_is_handed_to_it_again_by_the_account()
    {
        var scenario = await TradingScenario.OpenAsync(cluster, "position-down");
        scenario.Quote(Msft, 400.00m, 400.02m);
        var request = scenario.Limit(Msft, OrderSide.Buy, 6, 400.05m);

        // the position cannot start (it reads its account's journal as it activates): the fill does not reach it
        var journal = cluster.SiloService<FlakyJournal>();
        journal.FailNextReads(scenario.OrderJournal, 1);
        var filled = await scenario.SubmitAcceptedAsync(request);

        Assert.Equal(OrderStatus.Filled, filled.Status);
        Assert.Equal(0, journal.ReadFailuresLeft(scenario.OrderJournal));
        await Eventually.TrueAsync(async () => (await scenario.PositionAsync(Msft)).NetQuantity == 6m, "the account sends the fill again until the position has it");
        Assert.Equal(1, (await scenario.PositionAsync(Msft)).FillCount);
    }

    private IGrainStorage Storage() =>
        cluster.GrainStorage;

    private async Task<GrainState<OrderState>> StoredStateAsync(TradingScenario scenario, SubmitOrderRequest request)
    {
        var stored = new GrainState<OrderState>();
        await Storage().ReadStateAsync("order", scenario.Order(request).GetGrainId(), stored);
        return stored;
    }

    /// <summary>The kernel order as it was at the acknowledgement: the journaled order with the later requests undone.</summary>
    private static OrderSnapshot RestoreAt(OrderRecord record, OrderView acknowledged) => record.Order with
    {
        Status = acknowledged.Status,
        PendingRequest = null,
        StatusBeforePendingRequest = null,
        ClientOrderId = acknowledged.VenueClientOrderId,
    };
}
