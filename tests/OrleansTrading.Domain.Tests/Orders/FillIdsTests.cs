using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Tests.Orders;

public sealed class FillIdsTests
{
    [Fact]
    public void Same_venue_order_and_exec_id_always_give_the_same_fill_id()
    {
        var first = FillIds.Derive(new VenueId("XNAS"), new ClientOrderId("C-1"), new ExecId("E-1"));
        var second = FillIds.Derive(new VenueId("XNAS"), new ClientOrderId("C-1"), new ExecId("E-1"));
        Assert.Equal(first, second);
        Assert.Matches("^fill-[0-9a-f]{32}$", first.Value);
    }

    [Theory]
    [InlineData("XNAS", "C-1", "E-2")]
    [InlineData("XNYS", "C-1", "E-1")]
    [InlineData("XNAS", "C-2", "E-1")]
    [InlineData("XNAS", "C-1E-1", "E")]
    public void A_different_venue_order_or_exec_id_gives_a_different_fill_id(string venue, string order, string exec)
    {
        var reference = FillIds.Derive(new VenueId("XNAS"), new ClientOrderId("C-1"), new ExecId("E-1"));
        Assert.NotEqual(reference, FillIds.Derive(new VenueId(venue), new ClientOrderId(order), new ExecId(exec)));
    }

    [Fact]
    public void Longest_identifiers_still_give_a_valid_fill_id()
    {
        var longest = new string('x', Identifier.MaxLength);
        var id = FillIds.Derive(new VenueId(longest), new ClientOrderId(longest), new ExecId(longest));
        Assert.Equal(37, id.Value.Length);
    }

    [Fact]
    public void Empty_ids_are_refused() =>
        Assert.Throws<ArgumentException>(() => FillIds.Derive(default, new ClientOrderId("C-1"), new ExecId("E-1")));
}
