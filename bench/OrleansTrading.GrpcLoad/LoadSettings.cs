namespace OrleansTrading.GrpcLoad;

/// <summary>
/// One load run: where, how many callers, how long, over how many accounts; with a <see cref="Rate"/>, calls are
/// offered at that rate (open loop) by at most <see cref="Callers"/> at a time, instead of back to back; with a
/// <see cref="Basket"/>, each submission is a SubmitOrders call with that many orders.
/// </summary>
internal sealed record LoadSettings(
    string? Endpoint,
    string ApiKey,
    int Callers,
    int Channels,
    TimeSpan Warmup,
    TimeSpan Duration,
    int Accounts,
    string Strategy,
    string Instrument,
    bool HostServerGc,
    IReadOnlyList<string> HostArguments,
    LoadMode Mode,
    int Rate = 0,
    int Basket = 0);
