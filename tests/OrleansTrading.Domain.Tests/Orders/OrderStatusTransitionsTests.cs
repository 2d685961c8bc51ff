using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Domain.Tests.Orders;

public sealed class OrderStatusTransitionsTests
{
    public static TheoryData<OrderStatus> TerminalStatuses => [OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired];

    [Theory]
    [MemberData(nameof(TerminalStatuses))]
    public void No_transition_leaves_a_terminal_status(OrderStatus terminal)
    {
        Assert.True(terminal.IsTerminal());
        Assert.Empty(OrderStatusTransitions.From(terminal));
        Assert.All(Enum.GetValues<OrderStatus>(), to => Assert.False(OrderStatusTransitions.IsAllowed(terminal, to)));
    }

    [Fact]
    public void Replaced_is_never_entered_or_left_because_a_replace_keeps_the_same_order()
    {
        Assert.DoesNotContain(OrderStatusTransitions.All, t => t.From == OrderStatus.Replaced || t.To == OrderStatus.Replaced);
        Assert.False(OrderStatus.Replaced.IsTerminal());
    }

    [Theory]
    [InlineData(OrderStatus.PendingNew, OrderStatus.PartiallyFilled)]
    [InlineData(OrderStatus.PendingNew, OrderStatus.Filled)]
    [InlineData(OrderStatus.PendingCancel, OrderStatus.PartiallyFilled)]
    [InlineData(OrderStatus.PendingCancel, OrderStatus.Filled)]
    [InlineData(OrderStatus.PendingReplace, OrderStatus.New)]
    [InlineData(OrderStatus.Suspended, OrderStatus.New)]
    public void Venue_realities_are_in_the_table(OrderStatus from, OrderStatus to) =>
        Assert.True(OrderStatusTransitions.IsAllowed(from, to));

    [Theory]
    [InlineData(OrderStatus.PartiallyFilled, OrderStatus.New)]
    [InlineData(OrderStatus.New, OrderStatus.PendingNew)]
    [InlineData(OrderStatus.New, OrderStatus.Rejected)]
    [InlineData(OrderStatus.PendingNew, OrderStatus.PendingReplace)]
    [InlineData(OrderStatus.Initialized, OrderStatus.New)]
    public void Backward_and_impossible_steps_are_not_in_the_table(OrderStatus from, OrderStatus to) =>
        Assert.False(OrderStatusTransitions.IsAllowed(from, to));

    [Fact]
    public void Every_status_but_replaced_and_initialized_can_be_reached_from_initialized()
    {
        var reached = new HashSet<OrderStatus> { OrderStatus.Initialized };
        var frontier = new Queue<OrderStatus>([OrderStatus.Initialized]);
        while (frontier.TryDequeue(out var status))
        {
            foreach (var next in OrderStatusTransitions.From(status).Where(reached.Add))
            {
                frontier.Enqueue(next);
            }
        }

        Assert.Equal(Enum.GetValues<OrderStatus>().Except([OrderStatus.Replaced]).Order(), reached.Order());
    }

    [Fact]
    public void Undefined_statuses_are_never_allowed() =>
        Assert.False(OrderStatusTransitions.IsAllowed((OrderStatus)99, OrderStatus.New));

    [Fact]
    public void Documentation_prints_the_table_from_code()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "domain", "orders.md")).ReplaceLineEndings("\n");
        Assert.Contains(OrderStatusTransitions.ToMarkdown(), doc, StringComparison.Ordinal);
        Assert.Equal(OrderStatusTransitions.All.Count + 2, OrderStatusTransitions.ToMarkdown().Count(c => c == '\n'));
    }

    [Fact]
    public void Fix_codes_round_trip_for_every_status_with_one()
    {
        foreach (var status in Enum.GetValues<OrderStatus>().Except([OrderStatus.Initialized]))
        {
            Assert.True(OrderStatusExtensions.TryParseFixCode(status.ToFixCode(), out var parsed));
            Assert.Equal(status, parsed);
        }

        Assert.False(OrderStatusExtensions.TryParseFixCode('7', out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatus.Initialized.ToFixCode());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansTrading.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OrleansTrading.sln not found above the test binaries.");
    }
}
