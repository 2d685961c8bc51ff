using OrleansTrading.Domain.Identifiers;
using OrleansTrading.VenueSimulator.Behaviours;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Behaviours;

public sealed class BehaviourPolicyTests
{
    private static readonly VenueBehaviour _rejectAll = VenueBehaviour.Default with { Mode = ExecutionMode.Reject };
    private static readonly VenueBehaviour _slow = VenueBehaviour.Default with { AckDelay = TimeSpan.FromSeconds(1) };
    private static readonly VenueBehaviour _duplicate = VenueBehaviour.Default with { DuplicateReports = 1 };

    [Fact]
    public void The_first_rule_that_selects_an_order_wins()
    {
        var policy = new BehaviourPolicy(
        [
            new BehaviourRule(new BehaviourSelector(TestInstrument.Id, "SLOW-"), _slow),
            new BehaviourRule(new BehaviourSelector(null, "SLOW-"), _duplicate),
            new BehaviourRule(BehaviourSelector.Any, _rejectAll),
        ]);

        Assert.Same(_slow, policy.Resolve(TestInstrument.Id, Id("SLOW-1")));
        Assert.Same(_duplicate, policy.Resolve(OtherInstrument.Id, Id("SLOW-1")));
        Assert.Same(_rejectAll, policy.Resolve(TestInstrument.Id, Id("slow-1")));
    }

    [Fact]
    public void Orders_no_rule_selects_get_the_default_behaviour()
    {
        var policy = new BehaviourPolicy([new BehaviourRule(new BehaviourSelector(new InstrumentId("ELSE.XSIM")), _rejectAll)]);

        Assert.Same(VenueBehaviour.Default, policy.Resolve(TestInstrument.Id, Id("A1")));
        Assert.Equal(-1, policy.FindRule(TestInstrument.Id, Id("A1")));
        Assert.Same(VenueBehaviour.Default, BehaviourPolicy.None.Resolve(TestInstrument.Id, Id("A1")));
    }

    [Fact]
    public void A_rule_with_an_unusable_behaviour_is_refused_when_the_policy_is_built()
    {
        var problem = Assert.Throws<ArgumentException>(() => new BehaviourPolicy(
        [
            new BehaviourRule(BehaviourSelector.Any, _slow),
            new BehaviourRule(BehaviourSelector.Any, VenueBehaviour.Default with { DropConnectionAfterMessages = 0 }),
        ]));

        Assert.Contains("Behaviour rule 2: dropConnectionAfterMessages is 0", problem.Message, StringComparison.Ordinal);
    }
}
