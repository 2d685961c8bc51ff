using Grpc.Core;

namespace OrleansTrading.IntegrationTests.Api;

internal static class ApiAssert
{
    /// <summary>The call fails with <paramref name="code"/>; returns the exception for further checks.</summary>
    public static async Task<RpcException> FailsAsync<T>(StatusCode code, AsyncUnaryCall<T> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await call);
        Assert.True(code == ex.StatusCode, $"Expected {code}, got {ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    public static string? Reason(RpcException ex) => ex.Trailers.GetValue("reason-code");

    /// <summary>The fields named in the rich error details (google.rpc.BadRequest).</summary>
    public static IReadOnlyList<string> InvalidFields(RpcException ex)
    {
        var status = Google.Rpc.Status.Parser.ParseFrom(ex.Trailers.GetValueBytes("grpc-status-details-bin"));
        return [.. status.Details
            .Select(d => d.TryUnpack<Google.Rpc.BadRequest>(out var b) ? b : null)
            .Where(b => b is not null)
            .SelectMany(b => b!.FieldViolations.Select(v => v.Field))];
    }

    /// <summary>Polls <paramref name="probe"/> until it holds (no fixed sleeps: a short back-off, bounded by a timeout).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 200));
        }
    }
}
