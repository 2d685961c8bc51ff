using OrleansTrading.Domain.Bars;

namespace OrleansTrading.Domain.Tests.Bars;

public class BarSpecificationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    [InlineData(300)]
    [InlineData(3600)]
    [InlineData(86400)]
    public void Time_interval_that_divides_a_day_is_accepted(int seconds)
    {
        Assert.Equal(seconds * 1_000_000_000L, BarSpecification.Time(TimeSpan.FromSeconds(seconds)).IntervalNanos);
    }

    [Theory]
    [InlineData(7 * 60)]
    [InlineData(2 * 86400)]
    [InlineData(0)]
    public void Time_interval_that_would_not_align_to_utc_midnight_is_refused(int seconds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BarSpecification.Time(TimeSpan.FromSeconds(seconds)));
        Assert.Contains("divide a day", error.Message);
    }

    [Theory]
    [InlineData("5-MINUTE-TRADE")]
    [InlineData("1-DAY-TRADE")]
    [InlineData("250-MILLISECOND-MID")]
    [InlineData("100-TICK-BID")]
    [InlineData("2500-VOLUME-TRADE")]
    [InlineData("1000000.5-NOTIONAL-TRADE")]
    public void Text_form_round_trips(string text)
    {
        var spec = BarSpecification.Parse(text);
        Assert.Equal(text, spec.ToString());
        Assert.Equal(spec, BarSpecification.Parse(spec.ToString()));
    }

    [Fact]
    public void Time_spec_is_written_in_its_largest_whole_unit()
    {
        Assert.Equal("1-HOUR-TRADE", BarSpecification.Time(TimeSpan.FromMinutes(60)).ToString());
        Assert.Equal("90-SECOND-ASK", BarSpecification.Time(TimeSpan.FromSeconds(90), BarPriceSource.Ask).ToString());
    }

    [Theory]
    [InlineData("5-MINUTES")]
    [InlineData("x-MINUTE-TRADE")]
    [InlineData("100-VOLUME-MID")]
    [InlineData("1.5-TICK-TRADE")]
    [InlineData("7-MINUTE-TRADE")]
    [InlineData("5-FORTNIGHT-TRADE")]
    public void Malformed_or_impossible_text_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => BarSpecification.Parse(text));
    }

    [Fact]
    public void Non_positive_thresholds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BarSpecification.Ticks(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarSpecification.Volume(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarSpecification.Notional(-1m));
    }

    [Fact]
    public void Interval_is_only_defined_for_time_bars()
    {
        Assert.Throws<InvalidOperationException>(() => BarSpecification.Ticks(10).IntervalNanos);
    }
}
