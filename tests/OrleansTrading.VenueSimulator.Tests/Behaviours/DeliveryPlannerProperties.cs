using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Matching;
using OrleansTrading.VenueSimulator.Tests.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Behaviours;

/// <summary>
/// The delivery planner over random book scenarios (one operation per second) and random delivery rules for Alice and
/// Bob (Carol gets the default): it only schedules what happened, never loses or invents a report, and never lets an
/// order's reports overtake each other unless the rule asks for fills before the ack.
/// </summary>
public sealed class DeliveryPlannerProperties
{
    private static readonly Arbitrary<VenueBehaviour[]> _behaviours = Arb.From(
        from alice in Behaviour()
        from bob in Behaviour()
        select new[] { alice, bob });

    [Property(MaxTest = 200)]
    public Property Plans_hold_every_event_once_plus_its_duplicates_in_due_order_never_early() =>
        Prop.ForAll(BookScenario.Operations, _behaviours, (operations, behaviours) =>
        {
            var policy = Policy(behaviours);
            var planner = new DeliveryPlanner(policy);
            foreach (var (step, now) in Steps(operations))
            {
                var plan = planner.Plan(step.Events, now);
                Assert.Equal(step.Events.Count, plan.Count(r => !r.IsDuplicate));
                Assert.Equal(step.Events.ToHashSet(ReferenceEqualityComparer.Instance), plan.Where(r => !r.IsDuplicate).Select(r => r.Event).ToHashSet(ReferenceEqualityComparer.Instance));
                foreach (var duplicate in plan.Where(r => r.IsDuplicate))
                {
                    Assert.IsAssignableFrom<ExecutionEvent>(duplicate.Event);
                }

                Assert.Equal(
                    step.Events.OfType<ExecutionEvent>().Sum(e => policy.Resolve(e.Order.Instrument, RuleKey(e)).DuplicateReports),
                    plan.Count(r => r.IsDuplicate));
                for (var i = 0; i < plan.Count; i++)
                {
                    Assert.True(plan[i].DueAt >= now, "a report is due before the operation that caused it");
                    Assert.True(i == 0 || plan[i - 1].DueAt <= plan[i].DueAt, "the plan is not in due order");
                }
            }
        });

    [Property(MaxTest = 200)]
    public Property An_orders_reports_never_overtake_each_other_unless_fills_are_wanted_before_the_ack() =>
        Prop.ForAll(BookScenario.Operations, _behaviours, (operations, behaviours) =>
        {
            var policy = Policy(behaviours);
            var planner = new DeliveryPlanner(policy);
            var lastDue = new Dictionary<VenueOrderId, UnixNanos>();
            foreach (var (step, now) in Steps(operations))
            {
                var plan = planner.Plan(step.Events, now);
                foreach (var executionEvent in step.Events.OfType<ExecutionEvent>())
                {
                    var order = executionEvent.Order;
                    var due = plan.First(r => ReferenceEquals(r.Event, executionEvent)).DueAt;
                    if (policy.Resolve(order.Instrument, RuleKey(executionEvent)).FillsBeforeAck)
                    {
                        continue;
                    }

                    if (lastDue.TryGetValue(order.VenueOrderId, out var previous))
                    {
                        Assert.True(due >= previous, $"{executionEvent.GetType().Name} of {order.VenueOrderId} is due at {due}, before its previous report at {previous}");
                    }

                    lastDue[order.VenueOrderId] = due;
                }
            }
        });

    private static IEnumerable<(BookScenario.Step Step, UnixNanos Now)> Steps(IReadOnlyList<BookOperation> operations)
    {
        var steps = BookScenario.Play(operations);
        for (var i = 0; i < steps.Count; i++)
        {
            yield return (steps[i], At(i));
        }
    }

    /// <summary>
    /// A ClOrdID that selects the same rule as the order's first one: scenario ClOrdIDs are "{participant}-{step}" and the
    /// rules select by participant prefix, which every ClOrdID of an order keeps.
    /// </summary>
    private static ClientOrderId RuleKey(ExecutionEvent executionEvent) => new($"{executionEvent.Order.Participant}-rule");

    private static BehaviourPolicy Policy(VenueBehaviour[] behaviours) => new(
    [
        new BehaviourRule(new BehaviourSelector(null, Alice.Value), behaviours[0]),
        new BehaviourRule(new BehaviourSelector(null, Bob.Value), behaviours[1]),
    ]);

    private static Gen<VenueBehaviour> Behaviour() =>
        from ackDelay in Gen.Choose(0, 3000)
        from fillDelay in Gen.Choose(0, 3000)
        from fillInterval in Gen.Choose(0, 100)
        from duplicates in Gen.Choose(0, 2)
        from fillsBeforeAck in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select VenueBehaviour.Default with
        {
            AckDelay = TimeSpan.FromMilliseconds(ackDelay),
            FillDelay = TimeSpan.FromMilliseconds(fillDelay),
            FillInterval = TimeSpan.FromMilliseconds(fillInterval),
            DuplicateReports = duplicates,
            FillsBeforeAck = fillsBeforeAck,
        };
}
