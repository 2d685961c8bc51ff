using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Orders.OrderTestKit;

namespace OrleansTrading.Domain.Tests.Orders;

/// <summary>
/// Properties over random sequences of venue input and our own commands, plausible and implausible alike: fills
/// (mostly consistent, sometimes with a skewed CumQty), acks, cancels, rejects, replaces, status reports, cancel
/// rejects, reused ExecIDs and unknown ClOrdIDs. Each step is made concrete against the order's state when it runs.
/// </summary>
public sealed class OrderProperties
{
    private const int OrderQty = 100;

    private static readonly ExecType[] _statusExecTypes =
    [
        ExecType.New, ExecType.PendingNew, ExecType.Canceled, ExecType.Expired, ExecType.Rejected, ExecType.DoneForDay,
        ExecType.Suspended, ExecType.Replaced, ExecType.Restated, ExecType.OrderStatus, ExecType.PendingCancel,
        ExecType.PendingReplace, ExecType.TradeCorrect, ExecType.Stopped,
    ];

    [Property(MaxTest = 200)]
    public Property Once_terminal_the_status_never_changes() => ForAllRuns(run =>
    {
        OrderStatus? terminal = null;
        foreach (var snapshot in run.Snapshots)
        {
            if (terminal is { } closed && snapshot.Status != closed)
            {
                return false;
            }

            terminal ??= snapshot.Status.IsTerminal() ? snapshot.Status : null;
        }

        return true;
    });

    [Property(MaxTest = 200)]
    public Property Every_status_change_is_in_the_transition_table() => ForAllRuns(run =>
    {
        var previous = OrderStatus.PendingNew;
        foreach (var snapshot in run.Snapshots)
        {
            if (snapshot.Status != previous && !OrderStatusTransitions.IsAllowed(previous, snapshot.Status))
            {
                return false;
            }

            previous = snapshot.Status;
        }

        return true;
    });

    [Property(MaxTest = 200)]
    public Property Redelivering_every_input_gives_the_same_state_as_delivering_it_once() => ForAllRuns(run =>
    {
        var order = Submitted();
        for (var i = 0; i < run.Inputs.Count; i++)
        {
            Deliver(order, run.Inputs[i], At(i));
            if (run.Inputs[i] is ReportInput or RejectInput)
            {
                Deliver(order, run.Inputs[i], At(i).AddNanos(1));
            }

            if (!order.ToSnapshot().Equals(run.Snapshots[i]))
            {
                return false;
            }
        }

        // Redelivering everything the order recorded, long after, changes nothing either.
        var final = order.ToSnapshot();
        foreach (var input in run.Inputs)
        {
            if (input is ReportInput report && order.HasRecorded(report.Report.ExecId))
            {
                Deliver(order, input, At(10_000));
            }
        }

        return order.ToSnapshot().Equals(final);
    });

    [Property(MaxTest = 200)]
    public Property Cum_qty_is_the_sum_of_the_fills_and_never_exceeds_the_order_quantity() => ForAllRuns(run =>
        run.Snapshots.All(s =>
        {
            var sum = s.Fills.Sum(f => f.Quantity.Value);
            return Order.Restore(s).CumQty.Value == sum && sum <= s.Quantity.Value;
        }));

    [Property(MaxTest = 200)]
    public Property Avg_px_is_the_vwap_of_the_fills() => ForAllRuns(run =>
        run.Snapshots.All(s =>
        {
            var quantity = s.Fills.Sum(f => f.Quantity.Value);
            var vwap = quantity == 0m ? 0m : s.Fills.Sum(f => f.Quantity.Value * f.Price.Value) / quantity;
            return Order.Restore(s).AvgPx.Value == vwap;
        }));

    [Property(MaxTest = 200)]
    public Property Leaves_qty_is_order_qty_minus_cum_qty_while_the_order_lives() => ForAllRuns(run =>
        run.Snapshots.Select(Order.Restore).All(o =>
            o.IsTerminal ? o.LeavesQty.IsZero : o.LeavesQty.Value == o.Quantity.Value - o.CumQty.Value));

    [Property(MaxTest = 200)]
    public Property Every_state_restores_exactly_from_its_snapshot() => ForAllRuns(run =>
        run.Snapshots.All(s => Order.Restore(s).ToSnapshot().Equals(s)));

    [Fact]
    public void Random_runs_reach_every_status_and_every_outcome()
    {
        // Guards the generator itself: if it never reached these, the properties above would prove little.
        var runs = Gen.Sample(Gen.ListOf(StepGen(), 80).Select(Run), 50, new Rnd(20250312UL), 300);

        Assert.True(runs.Count(r => r.Snapshots[^1].Fills.Count > 0) > runs.Length / 2);
        var statuses = runs.SelectMany(r => r.Snapshots.Select(s => s.Status)).ToHashSet();
        Assert.Equal(Enum.GetValues<OrderStatus>().Except([OrderStatus.Initialized, OrderStatus.Replaced]).Order(), statuses.Order());
        var outcomes = runs.SelectMany(r => r.Outcomes).ToHashSet();
        Assert.Equal(Enum.GetValues<ExecutionOutcomeKind>().Order(), outcomes.Order());
    }

    private static Property ForAllRuns(Func<RunResult, bool> property) =>
        Prop.ForAll(Arb.From(Gen.ListOf(StepGen()).Select(steps => Run(steps))), property);

    private static Gen<Step> StepGen() =>
        from kind in Gen.Frequency(
            (6, Gen.Constant(StepKind.Trade)),
            (5, Gen.Constant(StepKind.VenueStatus)),
            (1, Gen.Constant(StepKind.CancelRequest)),
            (1, Gen.Constant(StepKind.ReplaceRequest)),
            (1, Gen.Constant(StepKind.CancelReject)),
            (1, Gen.Constant(StepKind.Expire)))
        from execId in Gen.Choose(0, 24)
        from lots in Gen.Choose(1, 40)
        from ticks in Gen.Choose(1, 500)
        from skew in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(-5, 5)))
        from status in Gen.Choose(0, 1000)
        from idChoice in Gen.Choose(0, 20)
        select new Step(kind, execId, lots, ticks, skew, status, idChoice);

    private static RunResult Run(IReadOnlyList<Step> steps)
    {
        var order = Submitted();
        var inputs = new List<Input>(steps.Count);
        var snapshots = new List<OrderSnapshot>(steps.Count);
        var outcomes = new List<ExecutionOutcomeKind>();
        for (var i = 0; i < steps.Count; i++)
        {
            var input = Concretize(steps[i], order, i);
            if (Deliver(order, input, At(i)) is { } outcome)
            {
                outcomes.Add(outcome);
            }

            inputs.Add(input);
            snapshots.Add(order.ToSnapshot());
        }

        return new RunResult(inputs, snapshots, outcomes);
    }

    private static Input Concretize(Step step, Order order, int index)
    {
        var price = new Price(100m + (step.Ticks * 0.01m));
        switch (step.Kind)
        {
            case StepKind.CancelRequest:
                return new CancelInput(new ClientOrderId($"X-{index}"));
            case StepKind.ReplaceRequest:
                return new ReplaceInput(new ReplaceRequest(new ClientOrderId($"R-{index}"))
                {
                    Quantity = step.Lots % 3 == 0 ? null : new Quantity(step.Lots * 5m),
                    LimitPrice = step.Lots % 3 == 1 ? null : price,
                });
            case StepKind.CancelReject:
                return new RejectInput(new CancelReject(
                    PickClientOrderId(step, order),
                    step.Status % 2 == 0 ? CancelRejectResponseTo.CancelRequest : CancelRejectResponseTo.CancelReplaceRequest,
                    CancelRejectReason.TooLateToCancel,
                    At(index)));
            case StepKind.Expire:
                return new ExpireInput(step.Status % 2 == 0 ? At(index) : new UnixNanos(long.MaxValue));
        }

        var lastQty = step.Kind == StepKind.Trade ? step.Lots : 0;
        var cumQty = Math.Max(0m, order.CumQty.Value + lastQty + step.CumSkew);
        var execType = step.Kind == StepKind.Trade ? ExecType.Trade : _statusExecTypes[step.Status % _statusExecTypes.Length];
        var statuses = Enum.GetValues<OrderStatus>();
        var ordStatus = step.Kind == StepKind.Trade
            ? (step.Status % 10 == 0 ? OrderStatus.Canceled : cumQty >= OrderQty ? OrderStatus.Filled : OrderStatus.PartiallyFilled)
            : statuses[1 + (step.Status % (statuses.Length - 1))];
        var report = new ExecutionReport(
            execType,
            ordStatus,
            new ExecId($"E-{step.ExecId}"),
            PickClientOrderId(step, order),
            new VenueOrderId("V-1"),
            new Quantity(lastQty),
            step.Kind == StepKind.Trade ? price : Price.Zero,
            new Quantity(cumQty),
            new Quantity(Math.Max(0m, order.Quantity.Value - cumQty)),
            Price.Zero,
            At(index))
        {
            OrderQty = execType is ExecType.Replaced or ExecType.Restated && step.Lots % 2 == 0 ? new Quantity(step.Lots * 5m) : null,
            PossDup = step.Status % 7 == 0,
        };
        return new ReportInput(report);
    }

    private static ClientOrderId PickClientOrderId(Step step, Order order)
    {
        if (step.IdChoice == 0)
        {
            return new ClientOrderId("UNKNOWN");
        }

        if (order.PendingRequest is { } pending && step.IdChoice % 2 == 0)
        {
            return pending.ClientOrderId;
        }

        return order.ClientOrderIds[step.IdChoice % order.ClientOrderIds.Count];
    }

    /// <summary>Delivers one input; returns the outcome kind for venue input, null for our commands.</summary>
    private static ExecutionOutcomeKind? Deliver(Order order, Input input, UnixNanos now)
    {
        switch (input)
        {
            case ReportInput report:
                return order.Apply(report.Report, now).Kind;
            case RejectInput reject:
                return order.Apply(reject.Reject, now).Kind;
            case CancelInput cancel:
                order.RequestCancel(cancel.ClientOrderId, now);
                return null;
            case ReplaceInput replace:
                order.RequestReplace(replace.Request, Equity, now);
                return null;
            case ExpireInput expire:
                order.Expire(expire.Now);
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, "Unknown input.");
        }
    }

    private enum StepKind
    {
        Trade,
        VenueStatus,
        CancelRequest,
        ReplaceRequest,
        CancelReject,
        Expire,
    }

    private sealed record Step(StepKind Kind, int ExecId, int Lots, int Ticks, int CumSkew, int Status, int IdChoice);

    private abstract record Input;

    private sealed record ReportInput(ExecutionReport Report) : Input;

    private sealed record RejectInput(CancelReject Reject) : Input;

    private sealed record CancelInput(ClientOrderId ClientOrderId) : Input;

    private sealed record ReplaceInput(ReplaceRequest Request) : Input;

    private sealed record ExpireInput(UnixNanos Now) : Input;

    private sealed record RunResult(IReadOnlyList<Input> Inputs, IReadOnlyList<OrderSnapshot> Snapshots, IReadOnlyList<ExecutionOutcomeKind> Outcomes);
}
