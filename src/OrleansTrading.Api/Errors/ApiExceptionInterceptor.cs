using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace OrleansTrading.Api.Errors;

/// <summary>
/// Refuses calls whose deadline has already passed, and turns anything a service throws that is not already an
/// <see cref="RpcException"/> into a status with a sentence (never a stack trace) — details go to the log.
/// </summary>
public sealed partial class ApiExceptionInterceptor(ILogger<ApiExceptionInterceptor> logger, TimeProvider time) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        RefuseExpired(context);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        RefuseExpired(context);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    private void RefuseExpired(ServerCallContext context)
    {
        if (context.Deadline != DateTime.MaxValue && context.Deadline <= time.GetUtcNow().UtcDateTime)
        {
            throw ApiErrors.DeadlineExceeded($"The call's deadline ({context.Deadline:O}) had passed when it arrived; nothing was done. Send it again with a later deadline.");
        }
    }

    private RpcException Translate(Exception ex, ServerCallContext context)
    {
        switch (ex)
        {
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return context.Deadline <= time.GetUtcNow().UtcDateTime
                    ? ApiErrors.DeadlineExceeded("The deadline passed before the platform answered. The request may still take effect: repeat it with the same client_order_id (idempotent) or query the order.")
                    : new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled by the client."));
            case TimeoutException:
                LogFailure(logger, context.Method, ex);
                return ApiErrors.Unavailable("The trading cluster did not answer in time. The request may still take effect: repeat it with the same client_order_id (idempotent) or query the order.");
            case OrleansException or ObjectDisposedException:
                LogFailure(logger, context.Method, ex);
                return ApiErrors.Unavailable("The trading cluster is not available right now (starting, stopping or unreachable); retry shortly.");
            default:
                LogFailure(logger, context.Method, ex);
                return ApiErrors.Internal($"The platform failed while handling {context.Method}; the error is logged. Retry, and report it if it persists.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "gRPC call {Method} failed")]
    private static partial void LogFailure(ILogger logger, string method, Exception exception);
}
