using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Api.Reporting;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Services;

/// <summary>orleans_trading.v1.ReportingService: performance and trade logs from positions and the order journals.</summary>
public sealed class ReportingApiService(ApiServiceContext api) : V1.ReportingService.ReportingServiceBase
{
    /// <summary>Journal events one trade-log page may read before it returns (possibly short, with a token).</summary>
    public const long TradeLogScanBudget = 20_000;

    /// <summary>Journal events one performance request may read in all.</summary>
    public const long PerformanceScanBudget = 1_000_000;

    public const string CumulativePnlLimitation =
        "realized_pnl, unrealized_pnl, commissions and net_pnl are cumulative since each position opened, as of as_of — not for the requested period: period PnL needs the marks at the period's start, which arrive with the market-data history store.";

    public const string MarkLimitation =
        "unrealized_pnl uses each position's latest mark; a position that was never marked contributes none.";

    public const string ReturnsLimitation =
        "Returns, volatility, Sharpe ratio and drawdown series need a recorded equity history, which the platform does not keep yet; they are not reported.";

    public override async Task<V1.GetPerformanceResponse> GetPerformance(V1.GetPerformanceRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var v = new RequestValidation();
        var scope = Scope.Read(v, "scope", request.Scope);
        var (start, end) = Period(v, request.StartTime, request.EndTime);
        v.ThrowIfInvalid();
        var accounts = Sorted(await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.Read, context).ConfigureAwait(false));

        var (positions, _, asOf) = await PositionReader.LoadAsync(api, scope, context).ConfigureAwait(false);
        var scanner = new TradeLogScanner(api, context);
        var filter = new TradeLogScanner.Filter(start, end, null, scope.Kind == ScopeKind.Strategy ? scope.Strategy : null);
        var page = await scanner.ScanAsync(accounts, default, filter, int.MaxValue, PerformanceScanBudget).ConfigureAwait(false);
        var (instruments, currencies) = PerformanceCalculator.Compute(positions, page.Trades, api.Instruments);

        var response = new V1.GetPerformanceResponse { AsOf = ProtoTime.ToProto(asOf) };
        response.Instruments.AddRange(instruments);
        response.Currencies.AddRange(currencies);
        response.Limitations.Add(CumulativePnlLimitation);
        response.Limitations.Add(MarkLimitation);
        response.Limitations.Add(ReturnsLimitation);
        if (page.Next is not null)
        {
            response.Limitations.Add($"Only the first {page.Scanned} journal events were read (the per-request budget); the period_* figures are partial. Use GetTradeLog, which pages through everything.");
        }

        return response;
    }

    public override async Task<V1.GetTradeLogResponse> GetTradeLog(V1.GetTradeLogRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var v = new RequestValidation();
        var scope = Scope.Read(v, "scope", request.Scope);
        var (start, end) = Period(v, request.StartTime, request.EndTime);
        var instrument = v.OptionalInstrument("instrument_id", request.InstrumentId);
        var pageSize = v.PageSize("page_size", request.PageSize);
        if (!TradeLogCursor.TryParse(v.PageToken("page_token", request.PageToken), out var cursor))
        {
            v.Add("page_token", "is not a token this service issued; pass back exactly the previous response's next_page_token");
        }

        v.ThrowIfInvalid();
        var accounts = Sorted(await ScopeAccess.AuthoriseAsync(api, caller, scope, ScopeAccess.Intent.Read, context).ConfigureAwait(false));
        var filter = new TradeLogScanner.Filter(start, end, instrument, scope.Kind == ScopeKind.Strategy ? scope.Strategy : null);
        var page = await new TradeLogScanner(api, context).ScanAsync(accounts, cursor, filter, pageSize, TradeLogScanBudget).ConfigureAwait(false);

        var response = new V1.GetTradeLogResponse { NextPageToken = page.Next?.ToString() ?? "" };
        foreach (var e in page.Trades)
        {
            response.Trades.Add(ProtoMapper.ToTrade(e));
        }

        return response;
    }

    private static (UnixNanos Start, UnixNanos End) Period(RequestValidation v, Google.Protobuf.WellKnownTypes.Timestamp? start, Google.Protobuf.WellKnownTypes.Timestamp? end)
    {
        var from = v.Timestamp("start_time", start);
        var to = v.Timestamp("end_time", end);
        if (start is not null && end is not null && v.IsValid && to <= from)
        {
            v.Add("end_time", $"{to} is not after start_time {from}; the period is [start_time, end_time)");
        }

        return (from, to);
    }

    private static ImmutableArray<AccountId> Sorted(ImmutableArray<AccountId> accounts) =>
        accounts.IsDefaultOrEmpty ? [] : [.. accounts.Distinct().Order()];
}
