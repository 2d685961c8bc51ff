using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Api.Errors;

namespace OrleansTrading.Api.Tests.Errors;

public sealed class ApiErrorsTests
{
    [Theory]
    [InlineData(RefusalKind.InvalidArgument, StatusCode.InvalidArgument)]
    [InlineData(RefusalKind.FailedPrecondition, StatusCode.FailedPrecondition)]
    [InlineData(RefusalKind.NotFound, StatusCode.NotFound)]
    [InlineData(RefusalKind.AlreadyExists, StatusCode.AlreadyExists)]
    [InlineData(RefusalKind.Unavailable, StatusCode.Unavailable)]
    public void A_refusal_maps_to_the_status_of_its_kind(RefusalKind kind, StatusCode expected)
    {
        Assert.Equal(expected, ApiErrors.FromRefusal(new Refusal("CODE", "why", kind)).StatusCode);
    }

    [Fact]
    public void A_risk_refusal_carries_its_reason_code_in_message_trailer_and_rich_details()
    {
        var ex = ApiErrors.FromRefusal(new Refusal("RISK_MAX_ORDER_QUANTITY", "Order quantity 20000 exceeds the limit 10000."));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Contains("RISK_MAX_ORDER_QUANTITY", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("exceeds the limit", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("RISK_MAX_ORDER_QUANTITY", ex.Trailers.GetValue(ApiErrors.ReasonTrailer));
        var status = Google.Rpc.Status.Parser.ParseFrom(ex.Trailers.GetValueBytes(ApiErrors.DetailsTrailer));
        Assert.Equal((int)StatusCode.FailedPrecondition, status.Code);
        var info = status.Details.Single().Unpack<Google.Rpc.ErrorInfo>();
        Assert.Equal("RISK_MAX_ORDER_QUANTITY", info.Reason);
        Assert.Equal(ApiErrors.Domain, info.Domain);
    }

    [Fact]
    public void Invalid_arguments_list_every_field_in_the_message_and_the_bad_request_details()
    {
        var ex = ApiErrors.InvalidArgument([new FieldViolation("quantity", "must be positive"), new FieldViolation("side", "is required")]);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("Invalid request: quantity: must be positive; side: is required", ex.Status.Detail);
        Assert.Equal(["quantity", "side"], BadRequestDetails.Of(ex).Select(v => v.Field));
    }

    [Fact]
    public void Command_results_throw_only_when_refused()
    {
        ApiErrors.ThrowIfRefused(CommandResult.Ok);
        Assert.Equal(StatusCode.NotFound, Assert.Throws<RpcException>(() => ApiErrors.ThrowIfRefused(CommandResult.Refused("X", "y", RefusalKind.NotFound))).StatusCode);
    }
}
