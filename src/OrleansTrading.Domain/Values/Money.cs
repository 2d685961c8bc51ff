using System.Globalization;

namespace OrleansTrading.Domain.Values;

/// <summary>An exact amount of cash in one currency. Adding or comparing different currencies throws.</summary>
public readonly record struct Money(decimal Amount, Currency Currency) : IComparable<Money>
{
    public static Money Zero(Currency currency) => new(0m, currency);

    public Money Negate() => this with { Amount = -Amount };

    public Money Abs() => this with { Amount = Math.Abs(Amount) };

    public int CompareTo(Money other) => Amount.CompareTo(Same(this, other).Amount);

    public static Money operator +(Money left, Money right) => new(left.Amount + Same(left, right).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - Same(left, right).Amount, left.Currency);

    public static Money operator *(Money left, decimal factor) => new(left.Amount * factor, left.Currency);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency.Code}";

    private static Money Same(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}; convert first.");
}
