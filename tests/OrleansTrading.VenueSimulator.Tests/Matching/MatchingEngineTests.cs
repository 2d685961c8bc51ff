using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

public sealed class MatchingEngineTests
{
    private static MatchingEngine NewEngine(string? runId = "r1") => new([TestInstrument, OtherInstrument], runId);

    [Fact]
    public void Requests_are_routed_to_the_book_of_their_instrument()
    {
        var engine = NewEngine();

        engine.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m, instrument: OtherInstrument), T0);

        Assert.Equal(new Price(99m), engine.Book(OtherInstrument.Id).BestBid);
        Assert.Null(engine.Book(TestInstrument.Id).BestBid);
    }

    [Fact]
    public void Ids_carry_the_run_id_and_the_instrument()
    {
        var engine = NewEngine();

        var accepted = engine.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m), T0).One<OrderAccepted>();

        Assert.Equal("r1:TEST.XSIM:E1", accepted.ExecId.Value);
        Assert.Equal("r1:TEST.XSIM:O1", accepted.Order.VenueOrderId.Value);
    }

    [Fact]
    public void Order_for_an_instrument_the_venue_does_not_trade_is_rejected_as_unknown_symbol()
    {
        var engine = NewEngine();
        var request = Limit(Bob, "B1", OrderSide.Buy, 1, 99m) with { Instrument = new InstrumentId("NOPE.XSIM") };

        var rejected = engine.Submit(request, T0).One<OrderRejected>();

        Assert.Equal(OrderRejectReason.UnknownSymbol, rejected.Reason);
        Assert.Contains("OTHER.XSIM, TEST.XSIM", rejected.Text, StringComparison.Ordinal);
        Assert.Equal("r1:*:E1", rejected.ExecId.Value);
    }

    [Fact]
    public void Client_order_ids_are_unique_per_participant_across_books()
    {
        var engine = NewEngine();
        engine.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m), T0);

        var rejected = engine.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m, instrument: OtherInstrument), T0).One<OrderRejected>();
        var cancelReject = engine.Cancel(new CancelOrderRequest(Bob, Id("B1"), OtherInstrument.Id, Id("B9")), T0).One<CancelRejected>();

        Assert.Equal(OrderRejectReason.DuplicateOrder, rejected.Reason);
        Assert.Contains("on TEST.XSIM", rejected.Text, StringComparison.Ordinal);
        Assert.Equal(CancelRejectReason.DuplicateClOrdId, cancelReject.Reason);
    }

    [Fact]
    public void Cancel_and_status_for_an_unknown_instrument_are_refused()
    {
        var engine = NewEngine();
        var nowhere = new InstrumentId("NOPE.XSIM");

        var cancel = engine.Cancel(new CancelOrderRequest(Bob, Id("C1"), nowhere, Id("B1")), T0).One<CancelRejected>();
        var status = engine.ReportStatus(new OrderStatusRequest(Bob, nowhere, Id("B1")), T0).One<OrderStatusRejected>();

        Assert.Equal(CancelRejectReason.UnknownOrder, cancel.Reason);
        Assert.Contains("does not trade NOPE.XSIM", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mass_status_covers_every_book_in_instrument_order()
    {
        var engine = NewEngine();
        engine.Submit(Limit(Bob, "B1", OrderSide.Buy, 1, 99m), T0);
        engine.Submit(Limit(Bob, "B2", OrderSide.Buy, 1, 98m, instrument: OtherInstrument), T0);

        var reports = engine.ReportMassStatus(Bob, At(1));

        Assert.Equal([Id("B2"), Id("B1")], reports.All<OrderStatusReported>().Select(r => r.Order.ClientOrderId));
    }

    [Fact]
    public void Engine_refuses_bad_configuration_with_a_clear_message()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new MatchingEngine([TestInstrument, TestInstrument]));
        var empty = Assert.Throws<ArgumentException>(() => new MatchingEngine([]));
        var longRunId = Assert.Throws<ArgumentException>(() => new MatchingEngine([TestInstrument], new string('r', 35)));

        Assert.Contains("listed twice", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("at least one instrument", empty.Message, StringComparison.Ordinal);
        Assert.Contains("shorten the run id", longRunId.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_outside_the_book_fills_in_slices_of_whole_lots_without_touching_the_book()
    {
        var lotOfTen = new Instrument(new InstrumentId("LOT.XSIM"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(10m));
        var engine = new MatchingEngine([lotOfTen]);
        var request = Limit(Bob, "B1", OrderSide.Buy, 70, 99m, instrument: lotOfTen);

        var events = engine.FillOutsideBook(request, new Price(98.5m), 3, T0);

        var fills = events.All<OrderFilled>();
        Assert.Equal([30m, 20m, 20m], fills.Select(f => f.Quantity.Value));
        Assert.All(fills, f => Assert.Null(f.ContraOrderId));
        Assert.Equal(OrderStatus.Filled, fills[^1].Order.Status);
        Assert.Equal(new Price(98.5m), fills[^1].Order.AveragePrice);
        Assert.Null(engine.Book(lotOfTen.Id).LastTradePrice);
        Assert.Equal(0, engine.Book(lotOfTen.Id).OpenOrderCount);
    }

    [Fact]
    public void Fill_outside_the_book_uses_fewer_slices_when_there_are_fewer_lots()
    {
        var engine = NewEngine();

        var events = engine.FillOutsideBook(Limit(Bob, "B1", OrderSide.Buy, 2, 99m), new Price(99m), 5, T0);

        Assert.Equal([1m, 1m], events.All<OrderFilled>().Select(f => f.Quantity.Value));
    }
}
