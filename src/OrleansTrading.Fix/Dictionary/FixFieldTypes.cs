namespace OrleansTrading.Fix.Dictionary;

/// <summary>Maps the type names used by FIX dictionaries (QuickFIX spelling) to <see cref="FixFieldType"/>.</summary>
public static class FixFieldTypes
{
    public static FixFieldType Parse(string name) => TryParse(name, out var type)
        ? type
        : throw new FormatException($"'{name}' is not a FIX data type (e.g. STRING, INT, QTY, PRICE, CHAR, BOOLEAN, UTCTIMESTAMP, NUMINGROUP).");

    public static bool TryParse(string name, out FixFieldType type)
    {
        type = (name ?? string.Empty).ToUpperInvariant() switch
        {
            "STRING" => FixFieldType.String,
            "CHAR" => FixFieldType.Char,
            "INT" => FixFieldType.Int,
            "LENGTH" => FixFieldType.Length,
            "SEQNUM" => FixFieldType.SeqNum,
            "NUMINGROUP" => FixFieldType.NumInGroup,
            "TAGNUM" => FixFieldType.TagNum,
            "DAYOFMONTH" => FixFieldType.DayOfMonth,
            "FLOAT" => FixFieldType.Float,
            "QTY" or "QUANTITY" => FixFieldType.Qty,
            "PRICE" => FixFieldType.Price,
            "PRICEOFFSET" => FixFieldType.PriceOffset,
            "AMT" => FixFieldType.Amt,
            "PERCENTAGE" => FixFieldType.Percentage,
            "BOOLEAN" => FixFieldType.Boolean,
            "UTCTIMESTAMP" or "TIME" => FixFieldType.UtcTimestamp,
            "UTCTIMEONLY" => FixFieldType.UtcTimeOnly,
            "UTCDATEONLY" or "UTCDATE" or "DATE" => FixFieldType.UtcDateOnly,
            "LOCALMKTDATE" => FixFieldType.LocalMktDate,
            "MONTHYEAR" => FixFieldType.MonthYear,
            "MULTIPLEVALUESTRING" or "MULTIPLESTRINGVALUE" => FixFieldType.MultipleValueString,
            "MULTIPLECHARVALUE" => FixFieldType.MultipleCharValue,
            "CURRENCY" => FixFieldType.Currency,
            "EXCHANGE" => FixFieldType.Exchange,
            "COUNTRY" => FixFieldType.Country,
            "LANGUAGE" => FixFieldType.Language,
            "DATA" => FixFieldType.Data,
            "XMLDATA" => FixFieldType.XmlData,
            "TZTIMEONLY" => FixFieldType.TzTimeOnly,
            "TZTIMESTAMP" => FixFieldType.TzTimestamp,
            _ => (FixFieldType)(-1),
        };
        return (int)type >= 0;
    }
}
