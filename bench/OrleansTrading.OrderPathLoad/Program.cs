using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using HdrHistogram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.Host;

// Usage: dotnet run -c Release --project bench/OrleansTrading.OrderPathLoad -- [--callers 64] [--accounts 16]
//        [--warmup 3] [--seconds 10] [--durability power-loss-safe|process-crash-safe] [--journal log|tables] [--orders ioc|resting]
//        [--allocations] [--gc]
var options = LoadOptions.Parse(args);
var data = Directory.CreateTempSubdirectory("ot-load-").FullName;
var configuration = new Dictionary<string, string?>
{
    ["OrleansTrading:DataDirectory"] = data,
    ["OrleansTrading:Durability"] = options.Durability,
    ["OrleansTrading:Journal"] = options.Journal,
    ["OrleansTrading:SiloPort"] = "21111",
    ["OrleansTrading:GatewayPort"] = "31000",
    ["OrleansTrading:SimulatedFeed:IntervalMilliseconds"] = "100",
    ["Logging:LogLevel:Default"] = "Warning",
};
string[] instruments = ["AAPL.XNAS", "MSFT.XNAS", "NVDA.XNAS", "AMZN.XNAS"];
for (var i = 0; i < instruments.Length; i++)
{
    configuration[$"OrleansTrading:Instruments:{i}:Id"] = instruments[i];
    configuration[$"OrleansTrading:SimulatedFeed:StartPrices:{instruments[i]}"] = "100";
}

for (var a = 0; a < options.Accounts; a++)
{
    configuration[$"OrleansTrading:Accounts:{a}:Id"] = $"LOAD-{a}";
    configuration[$"OrleansTrading:Accounts:{a}:StartingCash"] = "100000000";
    configuration[$"OrleansTrading:Strategies:0:Accounts:{a}"] = $"LOAD-{a}";
}

configuration["OrleansTrading:Strategies:0:Id"] = "LOAD-STRATEGY";

// no configuration reload: its file watcher covers the content root (the working directory) recursively, and a data
// folder inside it would turn every WAL write into watcher events (8 % of the CPU when run from /tmp)
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
builder.Configuration.AddInMemoryCollection(configuration);
var settings = HostSettings.From(builder.Configuration);
builder.Services.AddPlatformServices(builder.Configuration);
builder.Services.AddTradingServices(builder.Configuration, settings);
builder.UseOrleans(silo => silo.Configure(settings));
builder.Services.AddReferenceDataSeeding();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
using var host = builder.Build();
await host.StartAsync();
await Task.Delay(500); // the simulated feed's first quotes
var grains = host.Services.GetRequiredService<IGrainFactory>();

Console.WriteLine($"order path load: {options.Callers} callers over {options.Accounts} accounts, {options.Orders} orders, {options.Durability}, journal {options.Journal}, serverGC={GCSettings.IsServerGC}, cores={Environment.ProcessorCount}");
await RunAsync(TimeSpan.FromSeconds(options.WarmupSeconds), record: false);
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes();
var ioBefore = ProcessIo.Read();
var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
var pausedBefore = GC.GetTotalPauseDuration();
using var allocations = options.SampleAllocations ? new AllocationSampler() : null;
allocations?.Start();
using var collections = options.RecordCollections ? new GcRecorder() : null;
collections?.Start();
var (histogram, orders, elapsed) = await RunAsync(TimeSpan.FromSeconds(options.Seconds), record: true);
allocations?.Stop();
collections?.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
var io = ProcessIo.Read() - ioBefore;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"allocated: {allocated / Math.Max(1, orders) / 1024.0:F1} KiB per order; GCs gen0/1/2: {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}; paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms in all"));
var activations = await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"memory after the run: managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MiB, working set {Environment.WorkingSet / 1048576.0:F0} MiB ({activations} grain activations)"));
Console.WriteLine($"orders: {orders} in {elapsed.TotalSeconds:F1} s = {orders / elapsed.TotalSeconds:F0} orders/s");
// CPU per order is the figure that survives a shared machine: throughput there depends on what else runs.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process CPU: {cpu.TotalSeconds:F1} s = {cpu.TotalMicroseconds / Math.Max(1, orders):F0} µs per order (host and load generator together)"));
if (io.Available)
{
    // what the store costs the disk: the WAL plus the checkpoints that copy it into the database file
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"written: {io.WrittenBytes / Math.Max(1, orders) / 1024.0:F1} KiB per order through write calls, {io.StorageBytes / Math.Max(1, orders) / 1024.0:F1} KiB per order to storage; {io.WriteCalls / (double)Math.Max(1, orders):F1} write calls per order"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency (account: submit → risk → journal → paper venue {(options.Orders == OrderKind.Resting ? "ack (resting) → journal" : "ack+fill → journal → position")}) µs: p50 {Us(50)} p90 {Us(90)} p99 {Us(99)} p99.9 {Us(99.9)} max {histogram.GetMaxValue() / 1000.0:F0}"));
allocations?.Print(orders);
if (collections is not null)
{
    await Task.Delay(TimeSpan.FromSeconds(2)); // the runtime's events reach a listener late
    collections.Print();
}

await host.StopAsync();
host.Dispose(); // the store closes (and a clean stop removes its journal log) before its folder goes
Directory.Delete(data, recursive: true);
return;

string Us(double percentile) => (histogram.GetValueAtPercentile(percentile) / 1000.0).ToString("F0", CultureInfo.InvariantCulture);

async Task<(LongHistogram Histogram, long Orders, TimeSpan Elapsed)> RunAsync(TimeSpan duration, bool record)
{
    var histogram = new LongHistogram(60_000_000_000L, 3);
    var perCaller = Enumerable.Range(0, options.Callers).Select(_ => new LongHistogram(60_000_000_000L, 3)).ToArray();
    var count = 0L;
    var clock = Stopwatch.StartNew();
    var stop = DateTime.UtcNow + duration;
    await Task.WhenAll(Enumerable.Range(0, options.Callers).Select(caller => Task.Run(async () =>
    {
        var account = new AccountId($"LOAD-{caller % options.Accounts}");
        for (var i = 0; DateTime.UtcNow < stop; i++)
        {
            var request = options.Orders == OrderKind.Resting
                // what the gRPC load sends: a GTC buy far below the market, which rests on the venue's book
                ? new SubmitOrderRequest(account, new StrategyId("LOAD-STRATEGY"), new InstrumentId(instruments[0]),
                    new ClientOrderId($"{(record ? "m" : "w")}{caller}-{i}"), OrderSide.Buy, OrderType.Limit, new Quantity(1),
                    new Price(10m), null, TimeInForce.Gtc, null, "load")
                // marketable IOC orders, buys and sells in turn, which fill at once against the simulated quote
                : new SubmitOrderRequest(account, new StrategyId("LOAD-STRATEGY"), new InstrumentId(instruments[i % instruments.Length]),
                    new ClientOrderId($"{(record ? "m" : "w")}{caller}-{i}"), i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, OrderType.Limit, new Quantity(1),
                    new Price(i % 2 == 0 ? 1000m : 1m), null, TimeInForce.Ioc, null, "load");
            var started = Stopwatch.GetTimestamp();
            var result = await grains.GetGrainByKey<IAccountGrain>(request.Account.Value).Submit(request);
            var nanos = (long)(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1_000_000);
            if (result.Outcome != SubmitOrderOutcome.Accepted)
            {
                throw new InvalidOperationException($"Order refused under load: {result.Refusal?.Code} {result.Refusal?.Message}");
            }

            if (record)
            {
                perCaller[caller].RecordValue(nanos);
                Interlocked.Increment(ref count);
            }

            await Task.Yield();
        }
    })));
    foreach (var h in perCaller)
    {
        histogram.Add(h);
    }

    return (histogram, count, clock.Elapsed);
}

/// <summary>What the callers submit: marketable IOC orders that fill at once, or GTC orders that rest (as the gRPC load's do).</summary>
internal enum OrderKind
{
    Ioc,
    Resting,
}

internal sealed record LoadOptions(
    int Callers, int Accounts, int WarmupSeconds, int Seconds, string Durability, string Journal, OrderKind Orders, bool SampleAllocations, bool RecordCollections)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        return new LoadOptions(
            int.Parse(Value("--callers", "64"), CultureInfo.InvariantCulture),
            int.Parse(Value("--accounts", "16"), CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup", "3"), CultureInfo.InvariantCulture),
            int.Parse(Value("--seconds", "10"), CultureInfo.InvariantCulture),
            Value("--durability", "power-loss-safe"),
            Value("--journal", "log"),
            Value("--orders", "ioc") switch
            {
                "ioc" => OrderKind.Ioc,
                "resting" => OrderKind.Resting,
                var other => throw new ArgumentException($"--orders must be ioc or resting, not '{other}'"),
            },
            args.Contains("--allocations"),
            args.Contains("--gc"));
    }
}

/// <summary>This process's I/O counters from /proc/self/io (Linux); unavailable elsewhere.</summary>
internal readonly record struct ProcessIo(bool Available, long WrittenBytes, long StorageBytes, long WriteCalls)
{
    public static ProcessIo Read()
    {
        const string path = "/proc/self/io";
        if (!File.Exists(path))
        {
            return default;
        }

        var values = File.ReadAllLines(path)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => long.Parse(parts[1].Trim(), CultureInfo.InvariantCulture));
        return new ProcessIo(true, values.GetValueOrDefault("wchar"), values.GetValueOrDefault("write_bytes"), values.GetValueOrDefault("syscw"));
    }

    public static ProcessIo operator -(ProcessIo after, ProcessIo before) =>
        new(after.Available && before.Available, after.WrittenBytes - before.WrittenBytes, after.StorageBytes - before.StorageBytes, after.WriteCalls - before.WriteCalls);
}
