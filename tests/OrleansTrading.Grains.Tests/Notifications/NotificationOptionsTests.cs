using OrleansTrading.Grains.Notifications;

namespace OrleansTrading.Grains.Tests.Notifications;

public sealed class NotificationOptionsTests
{
    [Fact]
    public void The_default_window_is_25_milliseconds_and_zero_turns_coalescing_off()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(25), new NotificationOptions().Validated().Window);
        Assert.Equal(TimeSpan.Zero, new NotificationOptions { Window = TimeSpan.Zero }.Validated().Window);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_001)]
    public void A_window_out_of_range_is_refused_naming_the_setting(int milliseconds)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new NotificationOptions { Window = TimeSpan.FromMilliseconds(milliseconds) }.Validated());

        Assert.Contains("OrleansTrading:Notifications:Window", refused.Message, StringComparison.Ordinal);
    }
}
