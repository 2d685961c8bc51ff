using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Behaviours;

namespace OrleansTrading.VenueSimulator.Tests.Behaviours;

public sealed class BehaviourPolicyParserTests
{
    private const string Example = """
        {
          // first match wins
          "rules": [
            { "clOrdIdPrefix": "REJ-", "mode": "reject", "rejectText": "Simulated reject" },
            { "instrument": "MSFT.XNAS", "mode": "fill", "fillPrice": 101.5, "fillSlices": 3, "fillIntervalMs": 50 },
            { "clOrdIdPrefix": "SLOW-", "ackDelayMs": 200, "fillDelayMs": 500 },
            { "clOrdIdPrefix": "DUP-", "duplicateReports": 1 },
            { "ClOrdIdPrefix": "OOO-", "FillsBeforeAck": true },
            { "clOrdIdPrefix": "DROP-", "dropConnectionAfterMessages": 3, "fillPrice": "99.25", "mode": "FILL" },
          ]
        }
        """;

    [Fact]
    public void Example_policy_parses_into_rules_in_order()
    {
        var policy = BehaviourPolicy.Parse(Example);

        Assert.Equal(
        [
            new BehaviourRule(new BehaviourSelector(null, "REJ-"), VenueBehaviour.Default with { Mode = ExecutionMode.Reject, RejectText = "Simulated reject" }),
            new BehaviourRule(
                new BehaviourSelector(new InstrumentId("MSFT.XNAS")),
                VenueBehaviour.Default with { Mode = ExecutionMode.Fill, FillPrice = new Price(101.5m), FillSlices = 3, FillInterval = TimeSpan.FromMilliseconds(50) }),
            new BehaviourRule(new BehaviourSelector(null, "SLOW-"), VenueBehaviour.Default with { AckDelay = TimeSpan.FromMilliseconds(200), FillDelay = TimeSpan.FromMilliseconds(500) }),
            new BehaviourRule(new BehaviourSelector(null, "DUP-"), VenueBehaviour.Default with { DuplicateReports = 1 }),
            new BehaviourRule(new BehaviourSelector(null, "OOO-"), VenueBehaviour.Default with { FillsBeforeAck = true }),
            new BehaviourRule(
                new BehaviourSelector(null, "DROP-"),
                VenueBehaviour.Default with { DropConnectionAfterMessages = 3, FillPrice = new Price(99.25m), Mode = ExecutionMode.Fill }),
        ], policy.Rules);
    }

    [Fact]
    public void A_bare_array_of_rules_is_accepted()
    {
        var policy = BehaviourPolicy.Parse("""[ { "mode": "reject" } ]""");

        Assert.Equal(ExecutionMode.Reject, Assert.Single(policy.Rules).Then.Mode);
        Assert.Equal(BehaviourSelector.Any, policy.Rules[0].When);
    }

    [Theory]
    [InlineData("""[ { "colour": "red" } ]""", "rule 1: unknown key \"colour\"; known keys are instrument, clOrdIdPrefix")]
    [InlineData("""[ {}, { "mode": "teleport" } ]""", "rule 2, \"mode\": mode \"teleport\" is unknown; use book, fill or reject")]
    [InlineData("""[ { "ackDelayMs": "soon" } ]""", "rule 1, \"ackDelayMs\": expected a whole number, found \"soon\"")]
    [InlineData("""[ { "fillsBeforeAck": 1 } ]""", "expected true or false")]
    [InlineData("""[ { "instrument": "has space" } ]""", "rule 1, \"instrument\"")]
    [InlineData("""[ { "clOrdIdPrefix": "" } ]""", "clOrdIdPrefix cannot be empty")]
    [InlineData("""[ { "mode": "fill", "fillSlices": 0 } ]""", "rule 1: fillSlices is 0; give at least 1")]
    [InlineData("""[ { "fillPrice": 10 } ]""", "fillPrice only applies to mode fill")]
    [InlineData("""[ { "ackDelayMs": -5 } ]""", "cannot be negative")]
    [InlineData("""{ "behaviours": [] }""", "an array of rules or an object with a \"rules\" array")]
    [InlineData("""[ 42 ]""", "rule 1 must be a JSON object")]
    [InlineData("""[ { "mode": """, "not valid JSON")]
    public void Bad_policy_is_refused_with_a_message_that_says_what_and_where(string json, string expected)
    {
        var problem = Assert.Throws<FormatException>(() => BehaviourPolicy.Parse(json));

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
