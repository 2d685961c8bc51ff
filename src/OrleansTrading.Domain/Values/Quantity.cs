using System.Globalization;

namespace OrleansTrading.Domain.Values;

/// <summary>
/// An exact, never-negative amount of an instrument (shares, contracts, units). Signed exposure is a
/// <see cref="decimal"/> net quantity on the position; an order or fill size is always a <see cref="Quantity"/>.
/// Subtraction that would go below zero throws: a leaves quantity can never silently turn negative.
/// </summary>
public readonly record struct Quantity : IComparable<Quantity>
{
    public static readonly Quantity Zero = new(0m);

    public Quantity(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A quantity cannot be negative.");
        }

        Value = value;
    }

    public decimal Value { get; }

    public bool IsZero => Value == 0m;

    public bool IsPositive => Value > 0m;

    public int CompareTo(Quantity other) => Value.CompareTo(other.Value);

    public static Quantity Parse(string text) => new(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Quantity quantity)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0m)
        {
            quantity = new Quantity(value);
            return true;
        }

        quantity = default;
        return false;
    }

    public static Quantity operator +(Quantity left, Quantity right) => new(left.Value + right.Value);

    public static Quantity operator -(Quantity left, Quantity right) => new(left.Value - right.Value);

    public static bool operator <(Quantity left, Quantity right) => left.Value < right.Value;

    public static bool operator >(Quantity left, Quantity right) => left.Value > right.Value;

    public static bool operator <=(Quantity left, Quantity right) => left.Value <= right.Value;

    public static bool operator >=(Quantity left, Quantity right) => left.Value >= right.Value;

    public static Quantity Min(Quantity a, Quantity b) => a.Value <= b.Value ? a : b;

    public static Quantity Max(Quantity a, Quantity b) => a.Value >= b.Value ? a : b;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
