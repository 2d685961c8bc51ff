using Grpc.Core;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Streaming;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Time;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Services;

/// <summary>orleans_trading.v1.PositionService over the account, strategy and portfolio grains.</summary>
public sealed class PositionApiService(ApiServiceContext api) : V1.PositionService.PositionServiceBase
{
    public override async Task<V1.ListPositionsResponse> ListPositions(V1.ListPositionsRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var scope = ReadScope(request.Scope);
        await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.Read, context).ConfigureAwait(false);
        var (positions, totals, asOf) = await PositionReader.LoadAsync(api, scope, context).ConfigureAwait(false);
        var response = new V1.ListPositionsResponse { AsOf = ProtoTime.ToProto(asOf) };
        foreach (var position in positions)
        {
            response.Positions.Add(ProtoMapper.ToProto(position));
        }

        foreach (var total in totals)
        {
            response.Totals.Add(ProtoMapper.ToProto(total));
        }

        return response;
    }

    public override async Task StreamPositions(V1.StreamPositionsRequest request, IServerStreamWriter<V1.StreamPositionsResponse> responseStream, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var scope = ReadScope(request.Scope);
        var accounts = await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.Read, context).ConfigureAwait(false);
        var cancellation = context.CancellationToken;

        var pulse = new Pulse();
        var watches = new List<IAsyncDisposable>(accounts.Length);
        try
        {
            foreach (var account in accounts)
            {
                watches.Add(await api.Pulses.AttachAsync(pulse, StreamNames.PositionsNamespace, account.Value).ConfigureAwait(false));
            }

            var sent = new Dictionary<(string Account, string? Strategy, string Instrument), PositionStamp>();
            var first = true;
            while (!cancellation.IsCancellationRequested)
            {
                var seen = pulse.Version;
                var (positions, _, _) = await PositionReader.LoadAsync(api, scope, context).ConfigureAwait(false);
                var count = 0;
                foreach (var position in positions)
                {
                    var key = (position.Account.Value, position.Strategy?.Value, position.Instrument.Value);
                    var stamp = PositionStamp.Of(position);
                    if (sent.TryGetValue(key, out var previous) && previous == stamp)
                    {
                        continue;
                    }

                    sent[key] = stamp;
                    await responseStream.WriteAsync(new V1.StreamPositionsResponse { Position = ProtoMapper.ToProto(position) }, cancellation).ConfigureAwait(false);
                    count++;
                }

                if (first)
                {
                    await responseStream.WriteAsync(new V1.StreamPositionsResponse { SnapshotComplete = new V1.SnapshotComplete { ItemCount = count } }, cancellation).ConfigureAwait(false);
                    first = false;
                }

                await pulse.WaitAsync(seen, api.Options.StreamPollInterval, cancellation).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var watch in watches)
            {
                await watch.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static Scope ReadScope(V1.PortfolioScope? scope)
    {
        var v = new RequestValidation();
        var result = Scope.Read(v, "scope", scope);
        v.ThrowIfInvalid();
        return result;
    }

    /// <summary>What makes a position worth sending again.</summary>
    private readonly record struct PositionStamp(UnixNanos UpdatedAt, int FillCount, decimal NetQuantity, decimal? Mark, decimal Unrealized)
    {
        public static PositionStamp Of(PositionView p) => new(p.UpdatedAt, p.FillCount, p.NetQuantity, p.MarkPrice?.Value, p.UnrealizedPnl);
    }
}
