using System.Globalization;

namespace OrleansTrading.Domain.Values;

/// <summary>
/// An exact price in the instrument's quote currency. May be zero or negative (spreads, some futures),
/// so validity against an instrument (tick grid, sign) is checked by the instrument, not here.
/// </summary>
public readonly record struct Price(decimal Value) : IComparable<Price>
{
    public static readonly Price Zero = new(0m);

    public int CompareTo(Price other) => Value.CompareTo(other.Value);

    public static Price Parse(string text) => new(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Price price)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            price = new Price(value);
            return true;
        }

        price = default;
        return false;
    }

    public static Price operator +(Price left, Price right) => new(left.Value + right.Value);

    public static Price operator -(Price left, Price right) => new(left.Value - right.Value);

    public static bool operator <(Price left, Price right) => left.Value < right.Value;

    public static bool operator >(Price left, Price right) => left.Value > right.Value;

    public static bool operator <=(Price left, Price right) => left.Value <= right.Value;

    public static bool operator >=(Price left, Price right) => left.Value >= right.Value;

    public static Price Min(Price a, Price b) => a.Value <= b.Value ? a : b;

    public static Price Max(Price a, Price b) => a.Value >= b.Value ? a : b;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
