using Grpc.Core;
using OrleansTrading.Api.Errors;

namespace OrleansTrading.Api.Tests.Errors;

/// <summary>Reads the field violations an INVALID_ARGUMENT carries in its rich details (google.rpc.BadRequest).</summary>
internal static class BadRequestDetails
{
    public static IReadOnlyList<FieldViolation> Of(RpcException ex)
    {
        var status = Google.Rpc.Status.Parser.ParseFrom(ex.Trailers.GetValueBytes(ApiErrors.DetailsTrailer));
        var badRequest = status.Details.Select(d => d.TryUnpack<Google.Rpc.BadRequest>(out var b) ? b : null).Single(b => b is not null)!;
        return [.. badRequest.FieldViolations.Select(v => new FieldViolation(v.Field, v.Description))];
    }
}
