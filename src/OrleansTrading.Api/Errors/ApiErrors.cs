using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Api.Security;

namespace OrleansTrading.Api.Errors;

/// <summary>
/// Every error the API returns: a gRPC status, a sentence that says what is wrong and how to fix it, a stable reason
/// code (the <c>reason-code</c> trailer, and <c>google.rpc.ErrorInfo</c> in the <c>grpc-status-details-bin</c>
/// rich error details), and for invalid requests a <c>google.rpc.BadRequest</c> listing each field.
/// </summary>
public static class ApiErrors
{
    public const string Domain = "orleans-trading.v1";

    public const string ReasonTrailer = "reason-code";

    public const string DetailsTrailer = "grpc-status-details-bin";

    public const string InvalidArgumentCode = "INVALID_ARGUMENT";

    public static RpcException InvalidArgument(IReadOnlyList<FieldViolation> violations)
    {
        var message = "Invalid request: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"));
        var badRequest = new Google.Rpc.BadRequest();
        foreach (var v in violations)
        {
            badRequest.FieldViolations.Add(new Google.Rpc.BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description });
        }

        return Build(StatusCode.InvalidArgument, InvalidArgumentCode, message, badRequest);
    }

    public static RpcException InvalidArgument(string field, string description) => InvalidArgument([new FieldViolation(field, description)]);

    /// <summary>A grain's refusal, by kind: FAILED_PRECONDITION, INVALID_ARGUMENT, NOT_FOUND or ALREADY_EXISTS.</summary>
    public static RpcException FromRefusal(Refusal refusal)
    {
        var status = StatusFor(refusal.Kind);
        return Build(status, refusal.Code, $"{refusal.Message} [{refusal.Code}]");
    }

    public static void ThrowIfRefused(CommandResult result)
    {
        if (result.Refusal is { } refusal)
        {
            throw FromRefusal(refusal);
        }
    }

    public static StatusCode StatusFor(RefusalKind kind) => kind switch
    {
        RefusalKind.InvalidArgument => StatusCode.InvalidArgument,
        RefusalKind.FailedPrecondition => StatusCode.FailedPrecondition,
        RefusalKind.NotFound => StatusCode.NotFound,
        RefusalKind.AlreadyExists => StatusCode.AlreadyExists,
        RefusalKind.Unavailable => StatusCode.Unavailable,
        _ => StatusCode.FailedPrecondition,
    };

    /// <summary>A grain refusal's status by its canonical gRPC name (<c>FAILED_PRECONDITION</c>…), for results that carry it.</summary>
    public static string StatusName(RefusalKind kind) => StatusFor(kind) switch
    {
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.Unavailable => "UNAVAILABLE",
        _ => "FAILED_PRECONDITION",
    };

    public static RpcException PermissionDenied(AccessDenial denial) => Build(StatusCode.PermissionDenied, denial.Code, denial.Message);

    public static RpcException Unauthenticated(string code, string message) => Build(StatusCode.Unauthenticated, code, message);

    public static RpcException NotFound(string code, string message) => Build(StatusCode.NotFound, code, message);

    public static RpcException Unimplemented(string code, string message) => Build(StatusCode.Unimplemented, code, message);

    public static RpcException DeadlineExceeded(string message) => Build(StatusCode.DeadlineExceeded, "DEADLINE_EXCEEDED", message);

    public static RpcException Unavailable(string message) => Build(StatusCode.Unavailable, "UNAVAILABLE", message);

    public static RpcException Internal(string message) => Build(StatusCode.Internal, "INTERNAL", message);

    private static RpcException Build(StatusCode code, string reason, string message, IMessage? detail = null)
    {
        var rich = new Google.Rpc.Status { Code = (int)code, Message = message };
        rich.Details.Add(Any.Pack(new Google.Rpc.ErrorInfo { Reason = reason, Domain = Domain }));
        if (detail is not null)
        {
            rich.Details.Add(Any.Pack(detail));
        }

        var trailers = new Metadata
        {
            { ReasonTrailer, reason },
            { DetailsTrailer, rich.ToByteArray() },
        };
        return new RpcException(new Status(code, message), trailers, message);
    }
}
