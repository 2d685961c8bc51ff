namespace OrleansTrading.GrpcLoad;

/// <summary>One load run: where, how many callers, how long, over how many accounts.</summary>
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
    LoadMode Mode);
