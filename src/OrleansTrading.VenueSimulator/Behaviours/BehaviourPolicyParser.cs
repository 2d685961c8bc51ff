using System.Globalization;
using System.Text.Json;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// Reads a <see cref="BehaviourPolicy"/> from JSON: an array of rules, or an object with a <c>rules</c> array. Each rule
/// is an object; keys are case-insensitive and all optional:
/// <code>
/// { "rules": [
///   { "clOrdIdPrefix": "REJ-", "mode": "reject", "rejectText": "Simulated reject" },
///   { "instrument": "MSFT.XNAS", "mode": "fill", "fillPrice": 101.5, "fillSlices": 3, "fillIntervalMs": 50 },
///   { "clOrdIdPrefix": "SLOW-", "ackDelayMs": 200, "fillDelayMs": 500 },
///   { "clOrdIdPrefix": "DUP-", "duplicateReports": 1 },
///   { "clOrdIdPrefix": "OOO-", "fillsBeforeAck": true },
///   { "clOrdIdPrefix": "DROP-", "dropConnectionAfterMessages": 3 }
/// ] }
/// </code>
/// Selectors: <c>instrument</c>, <c>clOrdIdPrefix</c>. Decision: <c>mode</c> (book | fill | reject), <c>fillPrice</c>
/// (number or string), <c>fillSlices</c>, <c>rejectText</c>. Delivery: <c>ackDelayMs</c>, <c>fillDelayMs</c>,
/// <c>fillIntervalMs</c>, <c>duplicateReports</c>, <c>fillsBeforeAck</c>, <c>dropConnectionAfterMessages</c>.
/// Anything else is an error that names the rule and lists the known keys.
/// </summary>
public static class BehaviourPolicyParser
{
    private static readonly string[] _keys =
    [
        "instrument", "clOrdIdPrefix", "mode", "fillPrice", "fillSlices", "fillIntervalMs", "rejectText",
        "ackDelayMs", "fillDelayMs", "duplicateReports", "fillsBeforeAck", "dropConnectionAfterMessages",
    ];

    public static BehaviourPolicy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Parse(document.RootElement);
        }
        catch (JsonException problem)
        {
            throw new FormatException($"Behaviour policy is not valid JSON: {problem.Message}", problem);
        }
    }

    public static BehaviourPolicy Parse(JsonElement element)
    {
        var rules = element.ValueKind switch
        {
            JsonValueKind.Array => element,
            JsonValueKind.Object when TryGetProperty(element, "rules", out var nested) && nested.ValueKind == JsonValueKind.Array => nested,
            _ => throw new FormatException("Behaviour policy must be an array of rules or an object with a \"rules\" array."),
        };

        var parsed = new List<BehaviourRule>();
        foreach (var rule in rules.EnumerateArray())
        {
            parsed.Add(ParseRule(rule, parsed.Count + 1));
        }

        try
        {
            return new BehaviourPolicy(parsed);
        }
        catch (ArgumentException problem)
        {
            throw new FormatException(problem.Message, problem);
        }
    }

    private static BehaviourRule ParseRule(JsonElement rule, int number)
    {
        if (rule.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Behaviour rule {number} must be a JSON object, not {rule.ValueKind}.");
        }

        InstrumentId? instrument = null;
        string? prefix = null;
        var behaviour = VenueBehaviour.Default;
        foreach (var property in rule.EnumerateObject())
        {
            var value = property.Value;
            var key = Array.Find(_keys, k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException($"Behaviour rule {number}: unknown key \"{property.Name}\"; known keys are {string.Join(", ", _keys)}.");
            try
            {
                switch (key)
                {
                    case "instrument":
                        instrument = new InstrumentId(Text(value));
                        break;
                    case "clOrdIdPrefix":
                        prefix = Text(value);
                        break;
                    case "mode":
                        behaviour = behaviour with { Mode = Mode(Text(value)) };
                        break;
                    case "fillPrice":
                        behaviour = behaviour with { FillPrice = new Price(Number(value)) };
                        break;
                    case "fillSlices":
                        behaviour = behaviour with { FillSlices = Integer(value) };
                        break;
                    case "fillIntervalMs":
                        behaviour = behaviour with { FillInterval = Milliseconds(value) };
                        break;
                    case "rejectText":
                        behaviour = behaviour with { RejectText = Text(value) };
                        break;
                    case "ackDelayMs":
                        behaviour = behaviour with { AckDelay = Milliseconds(value) };
                        break;
                    case "fillDelayMs":
                        behaviour = behaviour with { FillDelay = Milliseconds(value) };
                        break;
                    case "duplicateReports":
                        behaviour = behaviour with { DuplicateReports = Integer(value) };
                        break;
                    case "fillsBeforeAck":
                        behaviour = behaviour with { FillsBeforeAck = Flag(value) };
                        break;
                    default:
                        behaviour = behaviour with { DropConnectionAfterMessages = Integer(value) };
                        break;
                }
            }
            catch (Exception problem) when (problem is FormatException or ArgumentException or InvalidOperationException or OverflowException)
            {
                throw new FormatException($"Behaviour rule {number}, \"{property.Name}\": {problem.Message}", problem);
            }
        }

        if (prefix is { Length: 0 })
        {
            throw new FormatException($"Behaviour rule {number}: clOrdIdPrefix cannot be empty; leave it out to select every ClOrdID.");
        }

        return new BehaviourRule(new BehaviourSelector(instrument, prefix), behaviour);
    }

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static ExecutionMode Mode(string text) => text.ToUpperInvariant() switch
    {
        "BOOK" => ExecutionMode.Book,
        "FILL" => ExecutionMode.Fill,
        "REJECT" => ExecutionMode.Reject,
        _ => throw new FormatException($"mode \"{text}\" is unknown; use book, fill or reject."),
    };

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"expected a string, found {value.ValueKind}.");

    private static decimal Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.String => decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"expected a number, found {value.ValueKind}."),
    };

    private static int Integer(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var integer)
            ? integer
            : throw new FormatException($"expected a whole number, found {value.GetRawText()}.");

    private static TimeSpan Milliseconds(JsonElement value) => TimeSpan.FromMilliseconds(Integer(value));

    private static bool Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new FormatException($"expected true or false, found {value.GetRawText()}."),
    };
}
