using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Grpc.Core;
using Grpc.Net.Client;
using HdrHistogram;
using OrleansTrading.Api.V1;

namespace OrleansTrading.GrpcLoad;

/// <summary>
/// Runs the callers: each submits limit orders (or reads one, see <see cref="LoadMode"/>) back to back (yielding between calls so no caller starves), each with
/// its own histogram of the latency it sees, merged at the end. The warm-up is measured separately and discarded.
/// <para>
/// With a rate (open loop), a pacer releases calls on the rate's schedule, checking every millisecond, and a free
/// caller takes each: a call's latency counts from when it was due, so time spent waiting for a caller while every
/// caller is busy counts against the server (no coordinated omission), as does the pacer's timer (up to ~1 ms).
/// </para>
/// </summary>
internal sealed class LoadRun(LoadSettings settings, string endpoint)
{
    private readonly Dictionary<StatusCode, long> _errors = [];
    private readonly Lock _errorsLock = new();
    private long _measuringFrom = long.MaxValue; // only calls started (or due) from here are measured; with a rate, earlier ones still queued are dropped
    private long _released; // with a rate: calls due in the measured run
    private readonly LongHistogram _pacerLag = new(TimeStamp.Seconds(60), 3); // with a rate: how late each measured call was released (pacer thread only)

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
            var released = settings.Rate > 0 ? Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true }) : null;
            var pacer = released is null ? Task.CompletedTask : StartPacer(released.Writer, stop.Token);
            var callers = Enumerable.Range(0, settings.Callers).Select(i => Task.Run(() => CallerAsync(
                new OrderService.OrderServiceClient(channels[i % channels.Length]), headers, $"{run}-{i.ToString(CultureInfo.InvariantCulture)}", i,
                released?.Reader, measuring.Task, stop.Token))).ToArray();

            await Task.Delay(settings.Warmup);
            var started = Stopwatch.GetTimestamp();
            Volatile.Write(ref _measuringFrom, started);
            measuring.SetResult();
            await Task.Delay(settings.Duration);
            var elapsed = Stopwatch.GetElapsedTime(started);
            await stop.CancelAsync();
            await pacer;
            var results = await Task.WhenAll(callers);

            var histogram = new LongHistogram(TimeStamp.Seconds(60), 3);
            long completed = 0;
            foreach (var (caller, count) in results)
            {
                histogram.Add(caller);
                completed += count;
            }

            return new LoadResult(completed, elapsed, histogram, new Dictionary<StatusCode, long>(_errors), settings.Rate > 0 ? Interlocked.Read(ref _released) : null, settings.Rate > 0 ? _pacerLag : null);
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }

    /// <summary>The pacer runs on a thread of its own, sleeping a millisecond at a time, so a busy thread pool does not delay it.</summary>
    private Task StartPacer(ChannelWriter<long> released, CancellationToken stop)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Pace(released, stop);
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        }) { IsBackground = true, Name = "load pacer" };
        thread.Start();
        return done.Task;
    }

    /// <summary>
    /// Releases calls at the rate: each millisecond, every call due since the start, stamped with the time it was due —
    /// so a late pacer (a pause, a busy pool) counts against the latency too; its timer adds up to ~1 ms.
    /// </summary>
    private void Pace(ChannelWriter<long> released, CancellationToken stop)
    {
        var start = Stopwatch.GetTimestamp();
        long issued = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                // call k is due at start + k / rate: release every call due by now (the +1 counts call 0, due at the start)
                var now = Stopwatch.GetTimestamp();
                var due = (long)((now - start) / (double)Stopwatch.Frequency * settings.Rate) + 1;
                for (; issued < due; issued++)
                {
                    var dueAt = start + (long)(issued * (double)Stopwatch.Frequency / settings.Rate);
                    released.TryWrite(dueAt);
                    if (dueAt >= Volatile.Read(ref _measuringFrom))
                    {
                        Interlocked.Increment(ref _released);
                        _pacerLag.RecordValue(now - dueAt);
                    }
                }

                Thread.Sleep(1);
            }
        }
        finally
        {
            released.TryComplete();
        }
    }

    private async Task<(LongHistogram Histogram, long Count)> CallerAsync(
        OrderService.OrderServiceClient client, Metadata headers, string prefix, int index, ChannelReader<long>? released, Task measuring, CancellationToken stop)
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
        var basket = new SubmitOrdersRequest();
        for (var i = 0; i < settings.Basket; i++)
        {
            basket.Orders.Add(request.Clone());
        }

        if (settings.Mode == LoadMode.GetOrder)
        {
            request.ClientOrderId = read.ClientOrderId;
            await client.SubmitOrderAsync(request, headers);
        }

        while (!stop.IsCancellationRequested)
        {
            long start;
            if (released is null)
            {
                start = Stopwatch.GetTimestamp();
            }
            else if (await NextReleaseAsync(released, stop) is { } release)
            {
                if (measuring.IsCompleted && release < Volatile.Read(ref _measuringFrom))
                {
                    continue; // still queued from the warm-up, which the measured run does not inherit
                }

                start = release;
            }
            else
            {
                break;
            }

            request.ClientOrderId = prefix + "-" + (sequence++).ToString(CultureInfo.InvariantCulture);
            foreach (var order in basket.Orders)
            {
                order.ClientOrderId = prefix + "-" + (sequence++).ToString(CultureInfo.InvariantCulture);
            }

            try
            {
                if (settings.Mode == LoadMode.GetOrder)
                {
                    await client.GetOrderAsync(read, headers);
                }
                else if (settings.Basket > 0)
                {
                    var answer = await client.SubmitOrdersAsync(basket, headers);
                    if (answer.Results.Count(r => r.Refusal is not null) is > 0 and var refused)
                    {
                        lock (_errorsLock)
                        {
                            _errors[StatusCode.FailedPrecondition] = _errors.GetValueOrDefault(StatusCode.FailedPrecondition) + refused; // orders refused inside a basket
                        }
                    }
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
            if (start >= Volatile.Read(ref _measuringFrom) && !stop.IsCancellationRequested)
            {
                histogram.RecordValue(end - start);
                counted++;
            }

            if (released is null)
            {
                await Task.Yield();
            }
        }

        return (histogram, counted);
    }

    /// <summary>The release time of the next call for this caller, or nothing once the run is over.</summary>
    private static async ValueTask<long?> NextReleaseAsync(ChannelReader<long> released, CancellationToken stop)
    {
        try
        {
            return await released.ReadAsync(stop).ConfigureAwait(false); // one waiting caller per release, not all of them
        }
        catch (Exception ex) when (ex is ChannelClosedException || (ex is OperationCanceledException && stop.IsCancellationRequested))
        {
            return null; // the run is over
        }
    }
}

/// <summary>A run's outcome; with a rate, <see cref="Due"/> is how many calls fell due in the measured run (more than <see cref="Orders"/>: the rate was not kept up).</summary>
internal sealed record LoadResult(long Orders, TimeSpan Elapsed, LongHistogram Latency, IReadOnlyDictionary<StatusCode, long> Errors, long? Due, LongHistogram? PacerLag)
{
    public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;

    /// <summary>A percentile of the per-call latency, in milliseconds (the histogram records Stopwatch ticks).</summary>
    public double Millis(double percentile) => Latency.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;

    public double MaxMillis => Latency.GetMaxValue() * 1000.0 / Stopwatch.Frequency;

    /// <summary>A percentile of how late the pacer released calls (part of every latency above), in milliseconds.</summary>
    public double PacerLagMillis(double percentile) => PacerLag is null ? 0 : PacerLag.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;
}
