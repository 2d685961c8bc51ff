using Grpc.Core;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Security;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Services;

/// <summary>
/// orleans_trading.v1.MarketDataService. The contract is published; the data behind it (feeds, arbitration, bars,
/// history) comes with the market-data component, so until then every call answers UNIMPLEMENTED, honestly.
/// </summary>
public sealed class MarketDataApiService : V1.MarketDataService.MarketDataServiceBase
{
    public const string Reason = "MARKET_DATA_NOT_DEPLOYED";

    public override Task StreamQuotes(V1.StreamQuotesRequest request, IServerStreamWriter<V1.Quote> responseStream, ServerCallContext context) =>
        throw NotYet(context, "StreamQuotes");

    public override Task StreamBars(V1.StreamBarsRequest request, IServerStreamWriter<V1.Bar> responseStream, ServerCallContext context) =>
        throw NotYet(context, "StreamBars");

    public override Task<V1.GetHistoricalBarsResponse> GetHistoricalBars(V1.GetHistoricalBarsRequest request, ServerCallContext context) =>
        throw NotYet(context, "GetHistoricalBars");

    public override Task<V1.GetFeedHealthResponse> GetFeedHealth(V1.GetFeedHealthRequest request, ServerCallContext context) =>
        throw NotYet(context, "GetFeedHealth");

    private static RpcException NotYet(ServerCallContext context, string method)
    {
        CallerResolver.Require(context);
        return ApiErrors.Unimplemented(Reason,
            $"MarketDataService.{method} is not available yet: market data (feeds, quotes, bars, history, feed health) arrives with the market-data component. The contract is final; nothing is served until then.");
    }
}
