using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Execution.Fix;
using OrleansTrading.Execution.Tests.Support;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Execution.Tests.Fix;

public sealed class FixReportReaderTests
{
    private static readonly DateTime _transactTime = new(2026, 11, 25, 14, 29, 59, 123, DateTimeKind.Utc);

    [Fact]
    public void A_partial_fill_maps_every_field_exactly()
    {
        var message = FixWire.Parse(Report('F', '1')
            .Add(FixTags.LastQty, 0.000001m).Add(FixTags.LastPx, 190.123456789m)
            .Add(FixTags.LeavesQty, 99.999999m).Add(FixTags.CumQty, 0.000001m).Add(FixTags.AvgPx, 190.123456789m)
            .Add(FixTags.OrderQty, 100m).Add(FixTags.Price, 190.25m).Add(FixTags.StopPx, 189m)
            .Add(FixTags.Text, "partial").Add(12, 1.5m).Add(13, '3').Add(479, "EUR"));

        Assert.True(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out var report, out var warning, out var error), error);

        Assert.Null(warning);
        Assert.Equal(ExecType.Trade, report.ExecType);
        Assert.Equal(OrderStatus.PartiallyFilled, report.OrdStatus);
        Assert.Equal("E-1", report.ExecId.Value);
        Assert.Equal("OT-1-2", report.ClientOrderId.Value);
        Assert.Equal("OT-1-1", report.OrigClientOrderId?.Value);
        Assert.Equal("V-1", report.VenueOrderId?.Value);
        Assert.Equal(0.000001m, report.LastQty.Value);
        Assert.Equal(190.123456789m, report.LastPx.Value);
        Assert.Equal(0.000001m, report.CumQty.Value);
        Assert.Equal(99.999999m, report.LeavesQty.Value);
        Assert.Equal(190.123456789m, report.AvgPx.Value);
        Assert.Equal(100m, report.OrderQty?.Value);
        Assert.Equal(190.25m, report.LimitPrice?.Value);
        Assert.Equal(189m, report.StopPrice?.Value);
        Assert.Equal("partial", report.Text);
        Assert.Equal(new Money(1.5m, Currency.Eur), report.Commission);
        Assert.Equal(UnixNanos.FromDateTime(_transactTime), report.TransactTime);
        Assert.False(report.PossDup);
    }

    [Fact]
    public void PossDupFlag_of_a_resent_report_is_carried_over()
    {
        var message = FixWire.Parse(Report('0', '0').Add(FixTags.LeavesQty, 10m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m)
            .Add(FixTags.PossDupFlag, true).AddTimestamp(FixTags.OrigSendingTime, _transactTime), isResend: true);

        Assert.True(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out var report, out _, out var error), error);

        Assert.True(report.PossDup);
        Assert.Equal(ExecType.New, report.ExecType);
        Assert.Equal(Quantity.Zero, report.LastQty);
    }

    [Fact]
    public void A_report_resent_by_the_application_with_PossResend_is_marked_a_possible_duplicate()
    {
        var message = FixWire.Parse(Report('F', '1').Add(FixTags.LastQty, 1m).Add(FixTags.LastPx, 1m).Add(FixTags.LeavesQty, 9m)
            .Add(FixTags.CumQty, 1m).Add(FixTags.AvgPx, 1m).Add(FixTags.PossResend, true));

        Assert.True(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out var report, out _, out var error), error);

        Assert.True(report.PossDup);
    }

    [Theory]
    [InlineData('7', 0, OrderStatus.New)]
    [InlineData('7', 5, OrderStatus.PartiallyFilled)]
    [InlineData('B', 5, OrderStatus.PartiallyFilled)]
    [InlineData('D', 0, OrderStatus.New)]
    [InlineData('0', 0, OrderStatus.New)]
    [InlineData('2', 10, OrderStatus.Filled)]
    [InlineData('3', 5, OrderStatus.DoneForDay)]
    [InlineData('E', 0, OrderStatus.PendingReplace)]
    public void OrdStatus_codes_the_kernel_does_not_model_read_as_working_by_CumQty(char code, int cumQty, OrderStatus expected)
    {
        Assert.True(FixReportReader.TryMapOrdStatus(code, new Quantity(cumQty), out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void An_unknown_OrdStatus_is_not_guessed()
    {
        Assert.False(FixReportReader.TryMapOrdStatus('Z', Quantity.Zero, out _));
        var message = FixWire.Parse(Report('0', 'Z').Add(FixTags.LeavesQty, 10m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m));

        Assert.False(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out _, out _, out var error));
        Assert.Contains("OrdStatus (39) is 'Z'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('1', "2", 6)]     // per unit: 2 × 3 shares
    [InlineData('2', "0.5", 3)]   // percent: 0.5 % of 3 × 200
    [InlineData('3', "4.25", 4.25)]
    public void Commission_is_read_by_CommType_in_the_instruments_currency(char commType, string commission, decimal expected)
    {
        var message = FixWire.Parse(Report('F', '1').Add(FixTags.LastQty, 3m).Add(FixTags.LastPx, 200m)
            .Add(FixTags.LeavesQty, 7m).Add(FixTags.CumQty, 3m).Add(FixTags.AvgPx, 200m).Add(12, decimal.Parse(commission, System.Globalization.CultureInfo.InvariantCulture)).Add(13, commType));

        Assert.True(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out var report, out var warning, out _));

        Assert.Null(warning);
        Assert.Equal(new Money(expected, Currency.Usd), report.Commission);
    }

    [Fact]
    public void An_unsupported_commission_is_left_out_with_a_warning_and_the_fill_still_reads()
    {
        var message = FixWire.Parse(Report('F', '2').Add(FixTags.LastQty, 3m).Add(FixTags.LastPx, 200m)
            .Add(FixTags.LeavesQty, 0m).Add(FixTags.CumQty, 3m).Add(FixTags.AvgPx, 200m).Add(12, 1m).Add(13, '6'));

        Assert.True(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out var report, out var warning, out _));

        Assert.Null(report.Commission);
        Assert.Equal(3m, report.LastQty.Value);
        Assert.Contains("CommType (13) '6' is not supported", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_TransactTime_uses_its_SendingTime_and_NONE_is_no_OrderID()
    {
        var message = FixWire.Parse(new FixMessageBuilder(FixMsgTypes.ExecutionReport)
            .Add(FixTags.OrderId, "NONE").Add(FixTags.ClOrdId, "OT-1").Add(FixTags.ExecId, "E-2")
            .Add(FixTags.ExecType, '8').Add(FixTags.OrdStatus, '8').Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
            .Add(FixTags.LeavesQty, 0m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m));

        Assert.True(FixReportReader.TryReadExecutionReport(message, Currency.Usd, out var report, out _, out var error), error);

        Assert.Null(report.VenueOrderId);
        Assert.Equal(UnixNanos.FromDateTime(new DateTime(2026, 11, 25, 14, 30, 0, DateTimeKind.Utc)), report.TransactTime);
        Assert.Equal(OrderStatus.Rejected, report.OrdStatus);
    }

    [Theory]
    [InlineData(FixTags.ExecId, "ExecID (17) is missing")]
    [InlineData(FixTags.CumQty, "CumQty (14) is missing")]
    public void A_report_missing_a_required_field_is_refused_with_the_reason(int missing, string reason)
    {
        var builder = Report('F', '1').Add(FixTags.LastQty, 1m).Add(FixTags.LastPx, 1m).Add(FixTags.LeavesQty, 1m).Add(FixTags.CumQty, 1m).Add(FixTags.AvgPx, 1m);
        builder.Remove(missing);

        Assert.False(FixReportReader.TryReadExecutionReport(FixWire.Parse(builder), Currency.Usd, out _, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_quantity_or_an_ExecID_with_spaces_is_refused()
    {
        var negative = Report('F', '1').Add(FixTags.LastQty, -1m).Add(FixTags.LastPx, 1m).Add(FixTags.LeavesQty, 1m).Add(FixTags.CumQty, 1m).Add(FixTags.AvgPx, 1m);
        var spaced = new FixMessageBuilder(FixMsgTypes.ExecutionReport).Add(FixTags.OrderId, "V-1").Add(FixTags.ClOrdId, "OT-1").Add(FixTags.ExecId, "E 1")
            .Add(FixTags.ExecType, '0').Add(FixTags.OrdStatus, '0').Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
            .Add(FixTags.LeavesQty, 1m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m);

        Assert.False(FixReportReader.TryReadExecutionReport(FixWire.Parse(negative), Currency.Usd, out _, out _, out var negativeError));
        Assert.False(FixReportReader.TryReadExecutionReport(FixWire.Parse(spaced), Currency.Usd, out _, out _, out var spacedError));

        Assert.Contains("LastQty (32) is '-1'", negativeError, StringComparison.Ordinal);
        Assert.Contains("ExecID (17)", spacedError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answer_that_an_order_is_unknown_is_recognised()
    {
        var unknown = FixWire.Parse(new FixMessageBuilder(FixMsgTypes.ExecutionReport).Add(FixTags.OrderId, "NONE").Add(FixTags.ClOrdId, "OT-1")
            .Add(FixTags.ExecId, "E-3").Add(FixTags.ExecType, 'I').Add(FixTags.OrdStatus, '8').Add(103, 5).Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
            .Add(FixTags.LeavesQty, 0m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m));
        var status = FixWire.Parse(Report('I', '0').Add(FixTags.LeavesQty, 10m).Add(FixTags.CumQty, 0m).Add(FixTags.AvgPx, 0m));

        Assert.True(FixReportReader.IsUnknownOrderAnswer(unknown));
        Assert.False(FixReportReader.IsUnknownOrderAnswer(status));
    }

    [Fact]
    public void A_cancel_reject_maps_its_reason_response_and_status()
    {
        var message = FixWire.Parse(new FixMessageBuilder(FixMsgTypes.OrderCancelReject)
            .Add(FixTags.OrderId, "V-1").Add(FixTags.ClOrdId, "OT-1-1").Add(FixTags.OrigClOrdId, "OT-1").Add(FixTags.OrdStatus, '1')
            .Add(434, 2).Add(102, 0).AddTimestamp(FixTags.TransactTime, _transactTime).Add(FixTags.Text, "too late"));

        Assert.True(FixReportReader.TryReadCancelReject(message, out var reject, out var error), error);

        Assert.Equal("OT-1-1", reject.ClientOrderId.Value);
        Assert.Equal("OT-1", reject.OrigClientOrderId?.Value);
        Assert.Equal("V-1", reject.VenueOrderId?.Value);
        Assert.Equal(CancelRejectResponseTo.CancelReplaceRequest, reject.ResponseTo);
        Assert.Equal(CancelRejectReason.TooLateToCancel, reject.Reason);
        Assert.Equal(OrderStatus.PartiallyFilled, reject.OrdStatus);
        Assert.Equal("too late", reject.Text);
        Assert.Equal(UnixNanos.FromDateTime(_transactTime), reject.TransactTime);
    }

    private static FixMessageBuilder Report(char execType, char ordStatus) => new FixMessageBuilder(FixMsgTypes.ExecutionReport)
        .Add(FixTags.OrderId, "V-1").Add(FixTags.ClOrdId, "OT-1-2").Add(FixTags.OrigClOrdId, "OT-1-1").Add(FixTags.ExecId, "E-1")
        .Add(FixTags.ExecType, execType).Add(FixTags.OrdStatus, ordStatus).Add(FixTags.Symbol, "AAPL").Add(FixTags.Side, '1')
        .AddTimestamp(FixTags.TransactTime, _transactTime);
}
