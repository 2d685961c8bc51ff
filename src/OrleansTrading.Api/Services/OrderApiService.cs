using System.Collections.Immutable;
using System.Globalization;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Audit;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Streaming;
using OrleansTrading.Api.Validation;
using OrleansTrading.Domain.Orders;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Services;

/// <summary>orleans_trading.v1.OrderService over the order and account grains.</summary>
public sealed class OrderApiService(ApiServiceContext api) : V1.OrderService.OrderServiceBase
{
    /// <summary>How many journal events one read fetches while streaming.</summary>
    public const int JournalBatch = 256;

    private const int SnapshotPage = 500;


    public override Task<V1.SubmitOrderResponse> SubmitOrder(V1.SubmitOrderRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        return api.Audit.RunAsync(caller, "SubmitOrder", OrderTarget(request), SubmitDetails(request), async () =>
        {
            ScopeAccess.Demand(AccessPolicy.TradeAccount(caller, request.AccountId));
            var order = OrderRequestValidator.ValidateSubmit(request, api.Instruments, api.Clock.UtcNow, caller.Name);
            var account = api.Grains.GetGrainByKey<IAccountGrain>(order.Account.Value);
            var result = await ApiServiceContext.Call(account.Submit(order), context).ConfigureAwait(false);
            return result.Outcome switch
            {
                SubmitOrderOutcome.Refused => throw ApiErrors.FromRefusal(result.Refusal!),
                SubmitOrderOutcome.Duplicate => (new V1.SubmitOrderResponse { Order = ProtoMapper.ToProto(result.Order!), Duplicate = true }, ApiAudit.Duplicate),
                _ => (new V1.SubmitOrderResponse { Order = ProtoMapper.ToProto(result.Order!) }, ApiAudit.Ok),
            };
        }, api.Audit.AdmittedOrderDurability);
    }

    /// <summary>
    /// A basket: the caller's access to every account and every order's validity first (all or nothing), then each
    /// account's orders in one call to its grain, the accounts at once. Each order's outcome is audited as SubmitOrder's
    /// would be, and the basket itself once.
    /// </summary>
    public override Task<V1.SubmitOrdersResponse> SubmitOrders(V1.SubmitOrdersRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var accounts = request.Orders.Select(o => o.AccountId).Distinct(StringComparer.Ordinal).ToList();
        var basket = Guid.NewGuid().ToString("N")[..16]; // ties the basket's record to its orders' records
        var details = ImmutableDictionary<string, string>.Empty.Add("orders", request.Orders.Count.ToString(CultureInfo.InvariantCulture))
            .Add("accounts", string.Join(",", accounts.Take(10).Select(Shortened)) + (accounts.Count > 10 ? ",…" : ""))
            .Add("basket", basket);
        return api.Audit.RunAsync(caller, "SubmitOrders", $"{request.Orders.Count} orders", details, async () =>
        {
            for (var i = 0; i < request.Orders.Count; i++)
            {
                if (AccessPolicy.TradeAccount(caller, request.Orders[i].AccountId) is { } denial)
                {
                    throw ApiErrors.PermissionDenied(denial with { Message = $"orders[{i.ToString(CultureInfo.InvariantCulture)}]: {denial.Message}" });
                }
            }

            var orders = OrderRequestValidator.ValidateBasket(request, api.Instruments, api.Clock.UtcNow, caller.Name);
            var results = await SubmitByAccountAsync(orders, context).ConfigureAwait(false);
            var response = new V1.SubmitOrdersResponse();
            var audits = new Task[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                var (result, outcome) = ToProto(results[i]);
                response.Results.Add(result);
                audits[i] = api.Audit.RecordAsync(caller, "SubmitOrder", OrderTarget(request.Orders[i]), outcome, SubmitDetails(request.Orders[i]).Add("basket", basket),
                    outcome == ApiAudit.Ok ? api.Audit.AdmittedOrderDurability : AuditDurability.Durable).AsTask();
            }

            await Task.WhenAll(audits).ConfigureAwait(false);
            return (response, ApiAudit.Ok);
        }, api.Audit.AdmittedOrderDurability);
    }

    private async Task<SubmitOrderResult[]> SubmitByAccountAsync(IReadOnlyList<SubmitOrderRequest> orders, ServerCallContext context)
    {
        var results = new SubmitOrderResult[orders.Count];
        await Task.WhenAll(Enumerable.Range(0, orders.Count).GroupBy(i => orders[i].Account).Select(async account =>
        {
            var indices = account.ToArray();
            try
            {
                var answers = await ApiServiceContext.Call(
                    api.Grains.GetGrainByKey<IAccountGrain>(account.Key.Value).SubmitMany([.. indices.Select(i => orders[i])]), context).ConfigureAwait(false);
                for (var k = 0; k < indices.Length; k++)
                {
                    results[indices[k]] = answers[k];
                }
            }
            catch (Exception ex)
            {
                // the account's call failed or the caller's deadline passed: its orders' outcomes are unknown, and each
                // is answered (and audited) as such rather than hiding the other accounts' results
                foreach (var i in indices)
                {
                    results[i] = SubmitOrderResult.OutcomeUnknown(orders[i].ClientOrderId.Value, ex is OperationCanceledException ? "deadline exceeded" : ex.GetType().Name);
                }
            }
        })).ConfigureAwait(false);
        return results;
    }

    /// <summary>One basket order's result, and its audit outcome (as SubmitOrder's would read).</summary>
    private static (V1.SubmitOrderResult Result, string Outcome) ToProto(SubmitOrderResult result) => result.Outcome switch
    {
        SubmitOrderOutcome.Refused => (new V1.SubmitOrderResult
        {
            Refusal = new V1.OrderRefusal { Status = ApiErrors.StatusName(result.Refusal!.Kind), Code = result.Refusal.Code, Message = result.Refusal.Message },
        }, ApiAudit.OutcomeOf(ApiErrors.FromRefusal(result.Refusal))),
        SubmitOrderOutcome.Duplicate => (new V1.SubmitOrderResult { Order = ProtoMapper.ToProto(result.Order!), Duplicate = true }, ApiAudit.Duplicate),
        _ => (new V1.SubmitOrderResult { Order = ProtoMapper.ToProto(result.Order!) }, ApiAudit.Ok),
    };

    private static string Shortened(string id) => id.Length <= 64 ? id : id[..64] + "…";

    private static string OrderTarget(V1.SubmitOrderRequest request) => $"{request.AccountId}/{request.ClientOrderId}";

    private static ImmutableDictionary<string, string> SubmitDetails(V1.SubmitOrderRequest request) => ImmutableDictionary<string, string>.Empty
        .Add("instrument", request.InstrumentId).Add("strategy", request.StrategyId).Add("side", request.Side.ToString())
        .Add("type", request.OrderType.ToString()).Add("quantity", request.Quantity).Add("limitPrice", request.LimitPrice)
        .Add("stopPrice", request.StopPrice).Add("timeInForce", request.TimeInForce.ToString());

    public override Task<V1.CancelOrderResponse> CancelOrder(V1.CancelOrderRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        return api.Audit.RunAsync(caller, "CancelOrder", $"{request.AccountId}/{request.ClientOrderId}", null, async () =>
        {
            ScopeAccess.Demand(AccessPolicy.TradeAccount(caller, request.AccountId));
            var grain = OrderGrain(request.AccountId, request.ClientOrderId);
            var result = await ApiServiceContext.Call(grain.Cancel(caller.Name), context).ConfigureAwait(false);
            return (new V1.CancelOrderResponse { Order = Done(result) }, ApiAudit.Ok);
        }); // durable: a cancel queued behind a pending request is journaled only when (and if) it is sent
    }

    public override Task<V1.ReplaceOrderResponse> ReplaceOrder(V1.ReplaceOrderRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        var details = ImmutableDictionary<string, string>.Empty
            .Add("quantity", request.Quantity).Add("limitPrice", request.LimitPrice).Add("stopPrice", request.StopPrice);
        return api.Audit.RunAsync(caller, "ReplaceOrder", $"{request.AccountId}/{request.ClientOrderId}", details, async () =>
        {
            ScopeAccess.Demand(AccessPolicy.TradeAccount(caller, request.AccountId));
            var grain = OrderGrain(request.AccountId, request.ClientOrderId);
            var current = await ApiServiceContext.Call(grain.Get(), context).ConfigureAwait(false) ?? throw OrderNotFound(request.AccountId, request.ClientOrderId);
            var replace = OrderRequestValidator.ValidateReplace(request, current, api.Instruments, caller.Name);
            var result = await ApiServiceContext.Call(grain.Replace(replace), context).ConfigureAwait(false);
            return (new V1.ReplaceOrderResponse { Order = Done(result) }, ApiAudit.Ok);
        });
    }

    public override async Task<V1.GetOrderResponse> GetOrder(V1.GetOrderRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        ScopeAccess.Demand(AccessPolicy.ReadAccount(caller, request.AccountId));
        var order = await ApiServiceContext.Call(OrderGrain(request.AccountId, request.ClientOrderId).Get(), context).ConfigureAwait(false)
            ?? throw OrderNotFound(request.AccountId, request.ClientOrderId);
        return new V1.GetOrderResponse { Order = ProtoMapper.ToProto(order) };
    }

    public override async Task<V1.ListOrdersResponse> ListOrders(V1.ListOrdersRequest request, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        ScopeAccess.Demand(AccessPolicy.ReadAccount(caller, request.AccountId));
        var v = new RequestValidation();
        var account = v.Account("account_id", request.AccountId);
        var strategy = v.OptionalStrategy("strategy_id", request.StrategyId);
        var instrument = v.OptionalInstrument("instrument_id", request.InstrumentId);
        var statuses = ImmutableArray.CreateBuilder<OrderStatus>(request.Statuses.Count);
        for (var i = 0; i < request.Statuses.Count; i++)
        {
            if (ProtoEnums.ToDomain(request.Statuses[i]) is { } status)
            {
                statuses.Add(status);
            }
            else
            {
                v.Add($"statuses[{i}]", $"{(int)request.Statuses[i]} is not an order status; use ORDER_STATUS_NEW, _FILLED, _CANCELED …");
            }
        }

        var pageSize = v.PageSize("page_size", request.PageSize);
        var pageToken = v.PageToken("page_token", request.PageToken);
        v.ThrowIfInvalid();

        var query = new OrderQuery(instrument, strategy, statuses.ToImmutable(), request.OpenOnly, pageSize, pageToken);
        var page = await ApiServiceContext.Call(api.Grains.GetGrainByKey<IAccountGrain>(account.Value).ListOrders(query), context).ConfigureAwait(false);
        var response = new V1.ListOrdersResponse { NextPageToken = page.NextPageToken ?? "" };
        foreach (var order in page.Orders)
        {
            response.Orders.Add(ProtoMapper.ToProto(order));
        }

        return response;
    }

    public override async Task StreamOrderEvents(V1.StreamOrderEventsRequest request, IServerStreamWriter<V1.StreamOrderEventsResponse> responseStream, ServerCallContext context)
    {
        var caller = CallerResolver.Require(context);
        ScopeAccess.Demand(AccessPolicy.ReadAccount(caller, request.AccountId));
        var v = new RequestValidation();
        var account = v.Account("account_id", request.AccountId);
        if (request.HasResumeAfterSequence && request.ResumeAfterSequence < 0)
        {
            v.Add("resume_after_sequence", $"is {request.ResumeAfterSequence}; sequences start at 1, so resume after 0 or more");
        }

        v.ThrowIfInvalid();
        var cancellation = context.CancellationToken;
        var grain = api.Grains.GetGrainByKey<IAccountGrain>(account.Value);

        // Watch before reading anything, so an event journaled meanwhile still wakes the loop below.
        var pulse = new Pulse();
        await using var watch = await api.Pulses.AttachAsync(pulse, StreamNames.OrdersNamespace, account.Value).ConfigureAwait(false);

        long after;
        if (request.HasResumeAfterSequence)
        {
            after = request.ResumeAfterSequence;
        }
        else
        {
            var view = await ApiServiceContext.Call(grain.Get(), context).ConfigureAwait(false);
            after = view?.LastEventSequence ?? 0;
            var count = 0;
            string? token = null;
            do
            {
                var page = await ApiServiceContext.Call(grain.ListOrders(new OrderQuery(OpenOnly: true, PageSize: SnapshotPage, PageToken: token)), context).ConfigureAwait(false);
                foreach (var order in page.Orders)
                {
                    await responseStream.WriteAsync(new V1.StreamOrderEventsResponse { SnapshotOrder = ProtoMapper.ToProto(order) }, cancellation).ConfigureAwait(false);
                    count++;
                }

                token = page.NextPageToken;
            }
            while (!string.IsNullOrEmpty(token));

            await responseStream.WriteAsync(new V1.StreamOrderEventsResponse { SnapshotComplete = new V1.SnapshotComplete { Sequence = after, ItemCount = count } }, cancellation).ConfigureAwait(false);
        }

        var poll = api.Options.StreamPollInterval;
        while (!cancellation.IsCancellationRequested)
        {
            var seen = pulse.Version;
            var events = await ApiServiceContext.Call(grain.ReadOrderEvents(after, JournalBatch), context).ConfigureAwait(false);
            foreach (var e in events)
            {
                if (e.Sequence <= after)
                {
                    continue;
                }

                await responseStream.WriteAsync(new V1.StreamOrderEventsResponse { Event = ProtoMapper.ToProto(e) }, cancellation).ConfigureAwait(false);
                after = e.Sequence;
            }

            if (events.Count < JournalBatch)
            {
                await pulse.WaitAsync(seen, poll, cancellation).ConfigureAwait(false);
            }
        }
    }

    private IOrderGrain OrderGrain(string account, string clientOrderId)
    {
        var v = new RequestValidation();
        var accountId = v.Account("account_id", account);
        var orderId = v.ClientOrderId("client_order_id", clientOrderId);
        v.ThrowIfInvalid();
        return api.Grains.GetGrainByKey<IOrderGrain>(GrainKeys.Order(accountId, orderId));
    }

    private static V1.Order Done(Abstractions.Orders.OrderCommandResult result) =>
        result.Refusal is { } refusal ? throw ApiErrors.FromRefusal(refusal) : ProtoMapper.ToProto(result.Order!);

    private static RpcException OrderNotFound(string account, string clientOrderId) =>
        ApiErrors.NotFound("ORDER_NOT_FOUND", $"Account {account} has no order with client_order_id {clientOrderId}; list the account's orders to find it.");
}
