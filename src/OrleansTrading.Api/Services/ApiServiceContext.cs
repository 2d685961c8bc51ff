using Grpc.Core;
using Microsoft.Extensions.Options;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Hosting;
using OrleansTrading.Api.Streaming;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Services;

/// <summary>What every service needs: grains, the instrument catalog, the clock, the audit trail, stream wake-ups and options.</summary>
public sealed class ApiServiceContext(
    IGrainFactory grains,
    IInstrumentCatalog instruments,
    IClock clock,
    ApiAudit audit,
    StreamPulses pulses,
    IOptions<ApiOptions> options)
{
    public IGrainFactory Grains { get; } = grains;

    public IInstrumentCatalog Instruments { get; } = instruments;

    public IClock Clock { get; } = clock;

    public ApiAudit Audit { get; } = audit;

    public StreamPulses Pulses { get; } = pulses;

    public ApiOptions Options { get; } = options.Value;

    /// <summary>Awaits a grain call but stops waiting when the caller cancels or its deadline passes.</summary>
    public static Task<T> Call<T>(Task<T> grainCall, ServerCallContext context) => grainCall.WaitAsync(context.CancellationToken);

    public static Task Call(Task grainCall, ServerCallContext context) => grainCall.WaitAsync(context.CancellationToken);
}
