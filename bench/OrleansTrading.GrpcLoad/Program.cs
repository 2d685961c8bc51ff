using System.CommandLine;
using System.Globalization;
using System.Runtime;
using OrleansTrading.GrpcLoad;

var endpoint = new Option<string?>("--endpoint") { Description = "target a running host (default: start one with load-test accounts)" };
var apiKey = new Option<string>("--api-key") { Description = "API key (default: the local development key)", DefaultValueFactory = _ => "otrade-local-dev-key-not-for-production" };
var callers = new Option<int>("--callers") { Description = "concurrent callers", DefaultValueFactory = _ => 64 };
var channels = new Option<int>("--channels") { Description = "gRPC channels (HTTP/2 connections) shared by the callers", DefaultValueFactory = _ => 4 };
var warmup = new Option<int>("--warmup") { Description = "warm-up seconds (not measured)", DefaultValueFactory = _ => 5 };
var duration = new Option<int>("--duration") { Description = "measured seconds", DefaultValueFactory = _ => 20 };
var accounts = new Option<int>("--accounts") { Description = "accounts the orders are spread over (LOAD-0…)", DefaultValueFactory = _ => 8 };
var strategy = new Option<string>("--strategy") { Description = "strategy id", DefaultValueFactory = _ => SelfHostedTarget.Strategy };
var instrument = new Option<string>("--instrument") { Description = "instrument id", DefaultValueFactory = _ => "AAPL.XNAS" };
var hostArgs = new Option<string[]>("--host-arg") { Description = "extra argument for a self-started host (repeatable), e.g. --host-arg=--durability=process-crash-safe", AllowMultipleArgumentsPerToken = false };
var mode = new Option<string>("--mode") { Description = "submit (new order per call) or get-order (read one order per call: the API's own cost)", DefaultValueFactory = _ => "submit" };
var rate = new Option<int>("--rate") { Description = "offer this many calls per second (open loop, latency counted from when each call was due, within the pacer's ~1 ms timer) instead of calling back to back; --callers caps how many are in flight", DefaultValueFactory = _ => 0 };
var basket = new Option<int>("--basket") { Description = "submit baskets of this many orders per call (SubmitOrders) instead of one order per call (SubmitOrder)", DefaultValueFactory = _ => 0 };
var hostGc = new Option<string>("--host-gc") { Description = "server or workstation GC for a self-started host", DefaultValueFactory = _ => "server" };

var root = new RootCommand("OrleansTrading gRPC load generator: orders/s and per-call latency (p50/p99/p99.9) over loopback.")
{
    endpoint, apiKey, callers, channels, warmup, duration, accounts, strategy, instrument, hostGc, hostArgs, mode, rate, basket,
};
root.SetAction(async (parse, _) =>
{
    var settings = new LoadSettings(
        parse.GetValue(endpoint), parse.GetValue(apiKey)!, parse.GetValue(callers), Math.Max(1, parse.GetValue(channels)),
        TimeSpan.FromSeconds(parse.GetValue(warmup)), TimeSpan.FromSeconds(parse.GetValue(duration)), Math.Max(1, parse.GetValue(accounts)),
        parse.GetValue(strategy)!, parse.GetValue(instrument)!, parse.GetValue(hostGc) != "workstation", parse.GetValue(hostArgs) ?? [], parse.GetValue(mode) == "get-order" ? LoadMode.GetOrder : LoadMode.Submit,
        Math.Max(0, parse.GetValue(rate)), Math.Max(0, parse.GetValue(basket)));
    Console.WriteLine($"load generator: serverGC={GCSettings.IsServerGC} cores={Environment.ProcessorCount} mode={settings.Mode}{(settings.Basket > 0 ? $" basket={settings.Basket}" : "")} rate={(settings.Rate > 0 ? settings.Rate + "/s offered" : "back to back")} callers={settings.Callers} channels={settings.Channels} accounts={settings.Accounts} warmup={settings.Warmup.TotalSeconds}s duration={settings.Duration.TotalSeconds}s");

    await using var host = settings.Endpoint is null ? await SelfHostedTarget.StartAsync(settings.Accounts, settings.HostServerGc, settings.HostArguments) : null;
    var result = await new LoadRun(settings, settings.Endpoint ?? host!.Endpoint).RunAsync();

    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"calls: {result.Orders} in {result.Elapsed.TotalSeconds:F1}s = {result.OrdersPerSecond:F0} calls/s"));
    if (result.Due is { } due)
    {
        var kept = due > result.Orders * 1.01 ? " — the rate was not kept up: latency grows with the run's length" : "";
        Console.WriteLine(string.Create(inv, $"offered: {settings.Rate}/s, {due} calls due in the measured run, {result.Orders} completed in it{kept}"));
        Console.WriteLine(string.Create(inv, $"pacer lag ms (included in the latency): p50 {result.PacerLagMillis(50):F3}  p99 {result.PacerLagMillis(99):F3}  p99.9 {result.PacerLagMillis(99.9):F3}"));
    }

    Console.WriteLine(string.Create(inv, $"latency ms: p50 {result.Millis(50):F3}  p90 {result.Millis(90):F3}  p99 {result.Millis(99):F3}  p99.9 {result.Millis(99.9):F3}  max {result.MaxMillis:F3}"));
    if (settings.Basket > 0)
    {
        Console.WriteLine(string.Create(inv, $"orders: {result.Orders * settings.Basket} = {result.OrdersPerSecond * settings.Basket:F0} orders/s ({settings.Basket} per call)"));
    }

    Console.WriteLine(result.Errors.Count == 0 ? "errors: none" : "errors: " + string.Join(", ", result.Errors.Select(e => $"{e.Key}={e.Value}")));
    Console.WriteLine(string.Create(inv, $"| {settings.Callers} | {(settings.Rate > 0 ? settings.Rate.ToString(inv) : "max")} | {settings.Accounts} | {result.OrdersPerSecond:F0} | {result.Millis(50):F2} | {result.Millis(99):F2} | {result.Millis(99.9):F2} | {result.Errors.Values.Sum()} |"));
    return result.Orders > 0 ? 0 : 1;
});

return await root.Parse(args).InvokeAsync();
