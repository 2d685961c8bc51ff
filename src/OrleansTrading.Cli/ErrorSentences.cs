using Grpc.Core;

namespace OrleansTrading.Cli;

/// <summary>Turns a gRPC error into what happened and what to do about it.</summary>
internal static class ErrorSentences
{
    public static string Describe(RpcException ex)
    {
        var reason = ex.Trailers.GetValue("reason-code");
        var detail = string.IsNullOrWhiteSpace(ex.Status.Detail) ? "" : ex.Status.Detail;
        var advice = ex.StatusCode switch
        {
            StatusCode.InvalidArgument => "The request was rejected as invalid and nothing was changed. Fix the fields named above and try again.",
            StatusCode.Unauthenticated => "The server did not accept your credentials. Check --api-key / OTRADE_API_KEY (or --token / OTRADE_TOKEN).",
            StatusCode.PermissionDenied => "Your credentials are valid but not allowed to do this. Use an account or fund in your scope, or ask an operator for the role you need.",
            StatusCode.NotFound => "Nothing by that id exists. Check the account and client order id (otrade orders list --account …).",
            StatusCode.AlreadyExists => "That client order id is already used by a different order on this account. Choose a new --client-order-id (repeating the exact same request is safe and returns the original order).",
            StatusCode.FailedPrecondition => "The platform refused it in its current state (risk limits, trading halted or reduce-only, or the order's status). Nothing was changed.",
            StatusCode.Unimplemented => "This part of the API is not available on this server yet.",
            StatusCode.DeadlineExceeded => "No answer in time. The request may still have taken effect: check with 'otrade order get' before sending it again (repeating a submit with the same --client-order-id is safe).",
            StatusCode.Unavailable when reason?.StartsWith("VENUE_", StringComparison.Ordinal) == true => "The platform could not reach the venue for this right now; nothing was sent. Try again once the venue is connected.",
            StatusCode.Unavailable => $"Could not reach the API. Is the host running, and is --endpoint right? (OTRADE_ENDPOINT, default {CliDefaults.Endpoint})",
            StatusCode.Cancelled => "The call was cancelled.",
            _ => "The server failed to handle the request; try again, and report it if it keeps happening.",
        };
        var code = reason is null ? ex.StatusCode.ToString() : $"{ex.StatusCode}, {reason}";
        return $"error ({code}): {detail}{Environment.NewLine}{advice}";
    }
}
