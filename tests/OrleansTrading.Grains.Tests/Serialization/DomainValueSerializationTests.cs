using Orleans.Serialization;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Tests.Serialization;

public sealed class DomainValueSerializationTests
{
    private static readonly Serializer Serializer = TestSerializer.Instance;

    [Fact]
    public void Identifiers_round_trip_through_the_orleans_serializer()
    {
        Assert.Equal(new AccountId("ACC-1"), RoundTrip(new AccountId("ACC-1")));
        Assert.Equal(new InstrumentId("AAPL.XNAS"), RoundTrip(new InstrumentId("AAPL.XNAS")));
        Assert.Equal(new ClientOrderId("c-42"), RoundTrip(new ClientOrderId("c-42")));
        Assert.Equal(new FillId("XNAS-e1"), RoundTrip(new FillId("XNAS-e1")));
    }

    [Fact]
    public void Default_identifiers_round_trip_as_default()
    {
        Assert.Equal(default, RoundTrip(default(AccountId)));
    }

    [Fact]
    public void Money_values_keep_every_decimal_digit()
    {
        Assert.Equal(new Price(101.2500000001m), RoundTrip(new Price(101.2500000001m)));
        Assert.Equal(new Quantity(0.00000001m), RoundTrip(new Quantity(0.00000001m)));
        Assert.Equal(new Money(-12.345m, Currency.Eur), RoundTrip(new Money(-12.345m, Currency.Eur)));
        Assert.Equal(new UnixNanos(1_795_000_000_123_456_789), RoundTrip(new UnixNanos(1_795_000_000_123_456_789)));
    }

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;
}
