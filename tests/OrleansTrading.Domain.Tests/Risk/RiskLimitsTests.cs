using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Risk;
using static OrleansTrading.Domain.Tests.Risk.RiskBooks;

namespace OrleansTrading.Domain.Tests.Risk;

public sealed class RiskLimitsTests
{
    [Fact]
    public void Unlimited_limits_are_valid()
    {
        Assert.Empty(RiskLimits.Unlimited.Validate());
    }

    [Fact]
    public void Every_invalid_limit_is_reported_at_once()
    {
        var limits = new RiskLimits
        {
            MaxOrderQuantity = 0m,
            MaxOrderNotional = -1m,
            MaxDailyDrawdownFraction = 1.5m,
            MaxMarginUtilisation = 0m,
            CollarMaxDeviationTicks = 0,
            TradingDayStartUtc = TimeSpan.FromHours(25),
            OrderRate = new OrderRateLimit(1, 0, 1),
            MaxPositionByInstrument = new Dictionary<InstrumentId, decimal> { [Aapl] = 0m },
        };

        var errors = limits.Validate();

        Assert.Equal(8, errors.Count);
        Assert.Contains(errors, e => e.Contains(nameof(RiskLimits.MaxOrderQuantity), StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("AAPL.XNAS", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => limits.EnsureValid());
    }

    [Fact]
    public void Book_refuses_invalid_limits_and_keeps_the_old_ones()
    {
        var book = Book(new RiskLimits { MaxOrderQuantity = 10m });

        Assert.Throws<ArgumentException>(() => book.SetLimits(new RiskLimits { MaxOrderQuantity = -5m }, T0));

        Assert.Equal(10m, book.Limits.MaxOrderQuantity);
        Assert.Throws<ArgumentException>(() => new RiskBook(RiskScope.Account, new RiskLimits { MaxGrossNotional = 0m }, T0));
    }

    [Fact]
    public void New_limits_update_the_position_limit_of_registered_instruments()
    {
        var book = Book(new RiskLimits { MaxPositionQuantity = 10m });

        book.SetLimits(new RiskLimits { MaxPositionQuantity = 20m }, T0);

        Assert.True(Check(book, Buy(20m, 100m)).IsAccepted);
        Assert.Equal(RiskReason.MaxPositionExceeded, Check(book, Buy(21m, 100m)).Reason);
    }
}
