using System.Globalization;
using OrleansTrading.Fix.Codec;
using OrleansTrading.VenueSimulator.Gateway;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

/// <summary>
/// Time passing at the venue: GTD expiry and the end of the trading day on the timer. The venue's clock is moved
/// forward (less than the sessions' 120 s SendingTime tolerance) instead of waiting for real time to pass.
/// </summary>
public sealed class TradingDayTests
{
    [Fact]
    public async Task GTD_order_expires_on_the_timer_once_its_ExpireTime_passes()
    {
        var time = new ShiftedTimeProvider();
        await using var venue = await SimulatorHarness.StartAsync(time: time);
        var client = await venue.ConnectAsync();
        var expireAt = time.GetUtcNow().UtcDateTime.AddSeconds(30);
        client.Send(FixOrders.Limit("G-1", "AAPL", '1', 10m, 180.00m, timeInForce: '6').AddTimestamp(126, expireAt));
        await client.ExecutionAsync("G-1", '0');

        time.Advance(TimeSpan.FromSeconds(31));

        var expired = await client.ExecutionAsync("G-1", 'C');
        Assert.Equal('C', expired.GetChar(FixTags.OrdStatus));
        Assert.Equal(0m, expired.Decimal(FixTags.LeavesQty));
        Assert.Equal("Expired: ExpireTime reached.", expired.GetString(FixTags.Text));
        Assert.True(expired.GetTimestamp(FixTags.TransactTime) >= expired.GetTimestamp(126));
    }

    [Fact]
    public async Task Day_orders_expire_at_the_end_of_the_trading_day_and_GTC_orders_stay()
    {
        var time = new ShiftedTimeProvider();
        var endOfDay = TimeOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddSeconds(30));
        await using var venue = await SimulatorHarness.StartAsync(market: SimulatorHarness.DefaultMarket with { EndOfDayUtc = endOfDay }, time: time);
        var client = await venue.ConnectAsync();
        client.Send(FixOrders.Limit("DAY-1", "AAPL", '1', 10m, 180.00m, timeInForce: '0'));
        client.Send(FixOrders.Limit("GTC-1", "AAPL", '1', 10m, 180.00m, timeInForce: '1'));
        await client.ExecutionAsync("GTC-1", '0');

        time.Advance(TimeSpan.FromSeconds(31));

        var expired = await client.ExecutionAsync("DAY-1", 'C');
        Assert.Equal("Expired at the end of the trading day.", expired.GetString(FixTags.Text));
        client.Send(FixOrders.Status("GTC-1", "AAPL", '1', "Q-1"));
        var status = await client.ExecutionAsync("GTC-1", 'I');
        Assert.Equal('0', status.GetChar(FixTags.OrdStatus));
        Assert.Equal(10m, status.Decimal(FixTags.LeavesQty));
    }

    [Fact]
    public async Task Ending_the_trading_day_on_demand_expires_day_orders_and_frees_their_ClOrdIDs()
    {
        await using var venue = await SimulatorHarness.StartAsync();
        var client = await venue.ConnectAsync();
        client.Send(FixOrders.Limit("E-1", "AAPL", '1', 10m, 180.00m));
        await client.ExecutionAsync("E-1", '0');

        venue.Host.EndTradingDay();

        await client.ExecutionAsync("E-1", 'C');
        client.Send(FixOrders.Limit("E-1", "AAPL", '1', 10m, 180.00m));
        Assert.Equal(2, (await client.WaitForAsync(m => m.GetString(FixTags.ClOrdId) == "E-1" && m.GetChar(FixTags.ExecType) == '0', count: 2)).Count);
    }

    [Theory]
    [InlineData("2025-06-02T20:59:59Z", "21:00:00", "2025-06-02T21:00:00Z")]
    [InlineData("2025-06-02T21:00:00Z", "21:00:00", "2025-06-03T21:00:00Z")]
    [InlineData("2025-06-02T23:30:00Z", "00:00:00", "2025-06-03T00:00:00Z")]
    [InlineData("2025-06-02T01:00:00+02:00", "00:00:00", "2025-06-02T00:00:00Z")]
    public void End_of_day_is_the_next_instant_with_the_configured_UTC_time_of_day(string after, string endOfDay, string expected)
    {
        var next = TradingDayTimer.NextEndOfDay(TimeOnly.Parse(endOfDay, CultureInfo.InvariantCulture), DateTimeOffset.Parse(after, CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), next);
    }
}
