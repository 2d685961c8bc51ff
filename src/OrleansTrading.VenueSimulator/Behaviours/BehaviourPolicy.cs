using System.Text.Json;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// The simulated venue's behaviour rules, in order: an order gets the behaviour of the first rule that selects it
/// (by instrument and/or ClOrdID prefix), or <see cref="VenueBehaviour.Default"/> (match in the book, deliver at once)
/// when none does. Built in code or parsed from JSON with <see cref="Parse(string)"/>.
/// </summary>
public sealed class BehaviourPolicy
{
    public BehaviourPolicy(IEnumerable<BehaviourRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = new List<BehaviourRule>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (rule.Then.Check() is { } problem)
            {
                throw new ArgumentException($"Behaviour rule {list.Count + 1}: {problem}", nameof(rules));
            }

            list.Add(rule);
        }

        Rules = list;
    }

    /// <summary>No rules: every order is matched in the book and reported at once.</summary>
    public static BehaviourPolicy None { get; } = new([]);

    public IReadOnlyList<BehaviourRule> Rules { get; }

    /// <summary>The index in <see cref="Rules"/> of the first rule selecting the order, or -1.</summary>
    public int FindRule(InstrumentId instrument, ClientOrderId clientOrderId)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].When.Matches(instrument, clientOrderId))
            {
                return i;
            }
        }

        return -1;
    }

    public VenueBehaviour Resolve(InstrumentId instrument, ClientOrderId clientOrderId) =>
        FindRule(instrument, clientOrderId) is var index and >= 0 ? Rules[index].Then : VenueBehaviour.Default;

    /// <summary>Parses a policy from JSON; see <see cref="BehaviourPolicyParser"/> for the format. Throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static BehaviourPolicy Parse(string json) => BehaviourPolicyParser.Parse(json);

    /// <summary>Parses a policy from an element of a larger JSON document (e.g. a section of the simulator's settings).</summary>
    public static BehaviourPolicy Parse(JsonElement element) => BehaviourPolicyParser.Parse(element);
}
