using OrleansTrading.Grains.Positions;

namespace OrleansTrading.Grains.Tests.Positions;

public sealed class FillChainTests
{
    [Theory]
    [InlineData(10L, 10L, 4L)]
    [InlineData(10L, 7L, 4L)]
    [InlineData(10L, 7L, null)]
    public void A_fill_at_or_before_what_the_position_has_is_a_duplicate(long through, long sequence, long? previous) =>
        Assert.Equal(FillStep.Duplicate, FillChain.Decide(through, sequence, previous));

    [Theory]
    [InlineData(10L, 12L, 10L)]
    [InlineData(10L, 12L, 4L)]
    [InlineData(0L, 3L, 0L)]
    public void A_fill_whose_previous_fill_the_position_has_is_applied_next(long through, long sequence, long? previous) =>
        Assert.Equal(FillStep.ApplyNext, FillChain.Decide(through, sequence, previous));

    [Fact]
    public void A_fill_that_overtook_an_earlier_one_makes_the_position_read_the_journal() =>
        Assert.Equal(FillStep.CatchUp, FillChain.Decide(through: 10, sequence: 15, previousFillSequence: 12));

    [Fact]
    public void A_fill_without_its_previous_fill_makes_the_position_read_the_journal() =>
        Assert.Equal(FillStep.CatchUp, FillChain.Decide(through: 10, sequence: 15, previousFillSequence: null));
}
