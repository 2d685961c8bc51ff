using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Tests.Risk;

public sealed class TokenBucketTests
{
    private static readonly UnixNanos Start = UnixNanos.FromSeconds(1_000);

    [Fact]
    public void Bucket_starts_full_and_admits_a_burst_of_its_capacity()
    {
        var bucket = new TokenBucket(OrderRateLimit.PerSecond(10, 3), Start);

        Assert.True(bucket.TryTake(Start));
        Assert.True(bucket.TryTake(Start));
        Assert.True(bucket.TryTake(Start));
        Assert.False(bucket.TryTake(Start));
    }

    [Fact]
    public void Bucket_refills_at_its_rate_and_never_above_capacity()
    {
        var bucket = new TokenBucket(OrderRateLimit.PerSecond(10, 3), Start);
        for (var i = 0; i < 3; i++)
        {
            bucket.TryTake(Start);
        }

        Assert.Equal(0, bucket.Available(Start.AddNanos(99_999_999)));
        Assert.Equal(1, bucket.Available(Start.AddNanos(100_000_000)));
        Assert.Equal(3, bucket.Available(Start.AddNanos(UnixNanos.NanosPerDay * 365)));
    }

    [Fact]
    public void Time_going_backwards_adds_no_tokens()
    {
        var bucket = new TokenBucket(OrderRateLimit.PerSecond(1, 1), Start);
        Assert.True(bucket.TryTake(Start.AddNanos(UnixNanos.NanosPerSecond)));

        Assert.False(bucket.TryTake(Start));
        Assert.False(bucket.CanTake(Start.AddNanos(UnixNanos.NanosPerSecond)));
        Assert.True(bucket.CanTake(Start.AddNanos(2 * UnixNanos.NanosPerSecond)));
    }

    [Fact]
    public void Can_take_does_not_consume()
    {
        var bucket = new TokenBucket(OrderRateLimit.PerSecond(1, 1), Start);

        Assert.True(bucket.CanTake(Start));
        Assert.True(bucket.CanTake(Start));
        Assert.Equal(1, bucket.Available(Start));
    }

    [Fact]
    public void Invalid_rate_limit_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => new TokenBucket(new OrderRateLimit(0, 1, 1), Start));
        Assert.Contains("capacity", error.Message, StringComparison.Ordinal);
        Assert.NotNull(new OrderRateLimit(int.MaxValue, 1, UnixNanos.NanosPerDay).Check());
    }

    [Property(MaxTest = 500)]
    public Property Bucket_never_admits_more_than_capacity_plus_rate_times_elapsed() => Prop.ForAll(
        (from capacity in Gen.Choose(1, 20)
         from refill in Gen.Choose(1, 50)
         from periodMillis in Gen.Choose(1, 2_000)
         from steps in Gen.Choose(0, 50_000_000).ListOf()
         select (capacity, refill, periodMillis * UnixNanos.NanosPerMillisecond, steps)).ToArbitrary(),
        t =>
        {
            var (capacity, refill, period, steps) = t;
            var bucket = new TokenBucket(new OrderRateLimit(capacity, refill, period), Start);
            var now = Start;
            var admitted = 0L;
            foreach (var step in steps.Prepend(0))
            {
                now = now.AddNanos(step);
                while (bucket.TryTake(now))
                {
                    admitted++;
                }
            }

            var bound = capacity + ((decimal)refill * now.NanosSince(Start) / period);
            return (admitted <= bound).Label($"admitted {admitted} > bound {bound}")
                .And(admitted >= capacity); // and a full bucket is really available at the start
        });
}
