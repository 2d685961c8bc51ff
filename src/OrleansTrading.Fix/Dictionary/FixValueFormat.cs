using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>Data-format checks per FIX type.</summary>
public static class FixValueFormat
{
    public static bool IsValid(FixFieldType type, ReadOnlySpan<byte> value) => type switch
    {
        FixFieldType.Int or FixFieldType.Length or FixFieldType.SeqNum or FixFieldType.NumInGroup or FixFieldType.TagNum
            or FixFieldType.DayOfMonth => FixValueParser.TryParseLong(value, out _),
        FixFieldType.Float or FixFieldType.Qty or FixFieldType.Price or FixFieldType.PriceOffset or FixFieldType.Amt
            or FixFieldType.Percentage => FixValueParser.IsValidDecimal(value),
        FixFieldType.Char => value.Length == 1,
        FixFieldType.Boolean => FixValueParser.TryParseBool(value, out _),
        FixFieldType.UtcTimestamp => FixTimestamp.IsValid(value),
        FixFieldType.UtcTimeOnly => FixTimestamp.TryParseTimeOfDay(value, out _),
        FixFieldType.UtcDateOnly or FixFieldType.LocalMktDate => FixTimestamp.TryParseDate(value, out _, out _, out _),
        FixFieldType.MonthYear => FixTimestamp.IsValidMonthYear(value),
        _ => true,
    };
}
