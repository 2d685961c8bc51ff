using System.Text;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// One FIX message read as tag → value (the first occurrence of a repeated tag), from the wire (SOH-separated) or from
/// a message log line ('|'-separated). Enough for tests to recognise what a message is; not a FIX parser.
/// </summary>
public sealed class FixFields
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    private FixFields(string text, char separator)
    {
        foreach (var field in text.Split(separator, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                _fields.TryAdd(field[..equals], field[(equals + 1)..]);
            }
        }
    }

    public string? this[string tag] => _fields.GetValueOrDefault(tag);

    public string? MsgType => this["35"];

    /// <summary>An ExecutionReport with ExecType Trade (150=F).</summary>
    public bool IsFill => MsgType == "8" && this["150"] == "F";

    /// <summary>PossDupFlag (43=Y): a session-level retransmission.</summary>
    public bool IsPossDup => this["43"] == "Y";

    public static FixFields FromWire(ReadOnlySpan<byte> message) => new(Encoding.Latin1.GetString(message), '\u0001');

    public static FixFields FromLog(string rendered) => new(rendered, '|');
}
