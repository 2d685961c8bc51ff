using FsCheck.Xunit;
using Google.Protobuf.WellKnownTypes;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Tests.Mapping;

public sealed class ProtoTimeAndEnumTests
{
    [Property]
    public bool Every_nanosecond_instant_survives_a_timestamp(long nanos)
    {
        var bounded = new UnixNanos(nanos / 2);
        var timestamp = ProtoTime.ToProto(bounded);
        return timestamp.Nanos is >= 0 and < 1_000_000_000 && ProtoTime.FromProto(timestamp, out _) == bounded;
    }

    [Fact]
    public void Malformed_timestamps_are_refused()
    {
        Assert.Null(ProtoTime.FromProto(new Timestamp { Seconds = 1, Nanos = 1_000_000_000 }, out var problem));
        Assert.Contains("nanos", problem, StringComparison.Ordinal);
        Assert.Null(ProtoTime.FromProto(new Timestamp { Seconds = long.MaxValue / 10 }, out problem));
        Assert.Contains("range", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kernel_enum_value_has_a_proto_value_and_back()
    {
        foreach (var side in System.Enum.GetValues<OrderSide>())
        {
            Assert.Equal(side, ProtoEnums.ToDomain(ProtoEnums.ToProto(side)));
        }

        foreach (var type in System.Enum.GetValues<OrderType>())
        {
            Assert.Equal(type, ProtoEnums.ToDomain(ProtoEnums.ToProto(type)));
        }

        foreach (var tif in System.Enum.GetValues<TimeInForce>())
        {
            Assert.Equal(tif, ProtoEnums.ToDomain(ProtoEnums.ToProto(tif)));
        }

        foreach (var status in System.Enum.GetValues<OrderStatus>())
        {
            Assert.Equal(status, ProtoEnums.ToDomain(ProtoEnums.ToProto(status)));
        }

        foreach (var mode in System.Enum.GetValues<TradingMode>())
        {
            Assert.Equal(mode, ProtoEnums.ToDomain(ProtoEnums.ToProto(mode)));
        }

        foreach (var kind in System.Enum.GetValues<Abstractions.Orders.OrderEventKind>())
        {
            Assert.NotEqual(V1.OrderEventKind.Unspecified, ProtoEnums.ToProto(kind));
        }
    }

    [Fact]
    public void Unspecified_proto_values_have_no_kernel_value()
    {
        Assert.Null(ProtoEnums.ToDomain(V1.Side.Unspecified));
        Assert.Null(ProtoEnums.ToDomain(V1.OrderType.Unspecified));
        Assert.Null(ProtoEnums.ToDomain(V1.TimeInForce.Unspecified));
        Assert.Null(ProtoEnums.ToDomain(V1.OrderStatus.Unspecified));
        Assert.Null(ProtoEnums.ToDomain(V1.TradingMode.Unspecified));
    }
}
