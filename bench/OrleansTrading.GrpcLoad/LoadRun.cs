using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using HdrHistogram;
using OrleansTrading.Api.V1;

namespace OrleansTrading.GrpcLoad;

/// <summary>
/// Runs the callers: each submits limit orders (or reads one, see <see cref="LoadMode"/>) back to back (yielding between calls so no caller starves), each with
/// its own histogram of the latency it sees, merged at the end. The warm-up is measured separately and discarded.
/// </summary>
internal sealed class LoadRun(LoadSettings settings, string endpoint)
{
    private readonly Dictionary<StatusCode, long> _errors = [];
    private readonly Lock _errorsLock = new();

    public async Task<LoadResult> RunAsync()
    {
        var channels = Enumerable.Range(0, settings.Channels).Select(_ => GrpcChannel.ForAddress(endpoint, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan },
        })).ToArray();
        try
        {
            var headers = new Metadata { { "x-api-key", settings.ApiKey } };
            var run = Guid.NewGuid().ToString("N")[..8];
            using var stop = new CancellationTokenSource();
            var measuring = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var callers = Enumerable.Range(0, settings.Callers).Select(i => Task.Run(() => CallerAsync(
                new OrderService.OrderServiceClient(channels[i % channels.Length]), headers, $"{run}-{i.ToString(CultureInfo.InvariantCulture)}", i, measuring.Task, stop.Token))).ToArray();

            await Task.Delay(settings.Warmup);
            var started = Stopwatch.GetTimestamp();
            measuring.SetResult();
            await Task.Delay(settings.Duration);
            await stop.CancelAsync();
            var results = await Task.WhenAll(callers);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var histogram = new LongHistogram(TimeStamp.Seconds(60), 3);
            long completed = 0;
            foreach (var (caller, count) in results)
            {
                histogram.Add(caller);
                completed += count;
            }

            return new LoadResult(completed, elapsed, histogram, new Dictionary<StatusCode, long>(_errors));
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }

    private async Task<(LongHistogram Histogram, long Count)> CallerAsync(
        OrderService.OrderServiceClient client, Metadata headers, string prefix, int index, Task measuring, CancellationToken stop)
    {
        var histogram = new LongHistogram(TimeStamp.Seconds(60), 3);
        var account = SelfHostedTarget.Account(index % settings.Accounts);
        long sequence = 0;
        long counted = 0;
        var request = new SubmitOrderRequest
        {
            AccountId = account,
            StrategyId = settings.Strategy,
            InstrumentId = settings.Instrument,
            Side = Side.Buy,
            OrderType = OrderType.Limit,
            Quantity = "1",
            LimitPrice = "10.00",
            TimeInForce = TimeInForce.Gtc,
        };
        var read = new GetOrderRequest { AccountId = account, ClientOrderId = prefix + "-read" };
        if (settings.Mode == LoadMode.GetOrder)
        {
            request.ClientOrderId = read.ClientOrderId;
            await client.SubmitOrderAsync(request, headers);
        }

        while (!stop.IsCancellationRequested)
        {
            request.ClientOrderId = prefix + "-" + (sequence++).ToString(CultureInfo.InvariantCulture);
            var start = Stopwatch.GetTimestamp();
            try
            {
                if (settings.Mode == LoadMode.GetOrder)
                {
                    await client.GetOrderAsync(read, headers);
                }
                else
                {
                    await client.SubmitOrderAsync(request, headers);
                }
            }
            catch (RpcException ex)
            {
                lock (_errorsLock)
                {
                    _errors[ex.StatusCode] = _errors.GetValueOrDefault(ex.StatusCode) + 1;
                }
            }

            var end = Stopwatch.GetTimestamp();
            if (measuring.IsCompleted && !stop.IsCancellationRequested)
            {
                histogram.RecordValue(end - start);
                counted++;
            }

            await Task.Yield();
        }

        return (histogram, counted);
    }
}

internal sealed record LoadResult(long Orders, TimeSpan Elapsed, LongHistogram Latency, IReadOnlyDictionary<StatusCode, long> Errors)
{
    public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;

    /// <summary>A percentile of the per-call latency, in milliseconds (the histogram records Stopwatch ticks).</summary>
    public double Millis(double percentile) => Latency.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;

    public double MaxMillis => Latency.GetMaxValue() * 1000.0 / Stopwatch.Frequency;
}
