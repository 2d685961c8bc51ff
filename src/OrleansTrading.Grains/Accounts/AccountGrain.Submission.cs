using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Grains.Orders;
using DomainOrderEvent = OrleansTrading.Domain.Orders.Events.OrderEvent;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// Direct submission (ADR 0006 step 4): the account admits a new order, sends it to its venue and journals the venue's
/// answer itself, so an order that finishes inside its submission (a marketable IOC order, a venue refusal) never
/// activates an order grain, and one that rests is journaled with its record for the order grain that its next event
/// (a venue report, a cancel, a read) wakes. Only venues that answer within the send are submitted to this way (the
/// paper venue); orders for venues whose reports follow over a session (FIX) are the order grain's, which waits for
/// them. So is anything off the plain path — a retry of a known key, a request that fails validation, a venue call that
/// failed, a venue answer the journal could not take — which the order grain settles exactly as after any failure.
/// <para>
/// While a submission runs, its key is in <see cref="_submitting"/>: a second submission of the key waits for it and
/// then goes to the order grain, and <see cref="FindOrder"/> (how an order grain loads the order) waits for it too, so
/// the order has one writer at a time.
/// </para>
/// </summary>
public sealed partial class AccountGrain
{
    private readonly Dictionary<string, Task> _submitting = new(StringComparer.Ordinal);

    public async Task<SubmitOrderResult> Submit(SubmitOrderRequest request)
    {
        request = NewOrders.WithVenue(request);
        if (request.Account != _account)
        {
            return SubmitOrderResult.Refused(new Refusal("ORDER_KEY_MISMATCH",
                $"account_id: the request is for account {request.Account}, and was sent to account {_account}.", RefusalKind.InvalidArgument));
        }

        var key = GrainKeys.Order(request.Account, request.ClientOrderId);
        if (_submitting.TryGetValue(key, out var running))
        {
            await running; // the same key submitted concurrently: the order grain compares the two once the first is journaled
            return await OrderGrain(key).Submit(request);
        }

        // reserved before anything is awaited, so that no second submission of the key gets past the check above
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _submitting[key] = done.Task;
        DirectSubmission outcome;
        try
        {
            outcome = await SubmitNewAsync(key, request);
        }
        finally
        {
            _submitting.Remove(key);
            done.SetResult();
        }

        switch (outcome)
        {
            case { Result: { } result }:
                await AfterJournaledAsync(outcome.Journaled); // its fills go to the positions once the order is released
                return result;
            case { Unjournaled: { } record }:
                // the venue answered and the journal failed: the order grain stores the order and hands it over later
                return SubmitOrderResult.Accepted(await OrderGrain(key).TakeOver(record));
            case { ForOrderGrain: true }:
                return await OrderGrain(key).Submit(request);
            default:
                return await VenueUnsettledAsync(key, request);
        }
    }

    public async Task<ImmutableArray<SubmitOrderResult>> SubmitMany(ImmutableArray<SubmitOrderRequest> requests)
    {
        // interleaved like concurrent calls (the grain is reentrant): their journal writes share group commits
        var submissions = new Task<SubmitOrderResult>[requests.Length];
        for (var i = 0; i < requests.Length; i++)
        {
            submissions[i] = SubmitOneOfManyAsync(requests[i]);
        }

        return [.. await Task.WhenAll(submissions)];
    }

    /// <summary>One order of several: a failure is that order's result, so the others' results still reach the caller.</summary>
    private async Task<SubmitOrderResult> SubmitOneOfManyAsync(SubmitOrderRequest request)
    {
        try
        {
            return await Submit(request);
        }
        catch (Exception ex)
        {
            LogOneOfManyFailed(logger, ex, request.ClientOrderId.Value);
            return SubmitOrderResult.OutcomeUnknown(request.ClientOrderId.Value, ex.GetType().Name);
        }
    }

    /// <summary>
    /// Admits, sends and journals a new order under its reservation. Returns the submission's result, or says who
    /// takes the request over: the order grain (a retry of a known key, a request that fails validation — which may
    /// still be the retry of an order admitted before —, a venue whose reports follow later), the order grain with the
    /// order's record (the journal failed after the venue answered), or the order grain settling with the venue (the
    /// venue call failed: the venue may or may not have the order).
    /// </summary>
    private async Task<DirectSubmission> SubmitNewAsync(string key, SubmitOrderRequest request)
    {
        var now = clock.UtcNow;
        if (_open.ContainsKey(key) || instruments.Find(request.Instrument) is not { } instrument ||
            Order.Create(NewOrders.Specification(request), instrument, now) is not { Succeeded: true, Order: { } order} ||
            !await AnswersWithinSendAsync(order.Venue) ||
            await journal.FindEntityAsync(Stream, key) is not null)
        {
            return DirectSubmission.ToOrderGrain;
        }

        var (_, submitted) = NewOrders.MarkSubmitted(order, now);
        List<OrderChange> changes = [submitted];
        var admission = await AdmitNewAsync(new OrderAdmission(request, prices.Last(request.Instrument), now, OrderViews.Build(request, order, changes, now)), key);
        if (admission.Refusal is { } refusal)
        {
            return new DirectSubmission(SubmitOrderResult.Refused(refusal));
        }

        VenueResponse response;
        try
        {
            response = await GrainFactory.GetGrainByKey<IVenueGatewayGrain>(order.Venue.Value).Send(NewOrders.ToVenue(key, request, order));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogVenueCallFailed(logger, ex, key, order.Venue.Value);
            return default;
        }

        VenueAnswers.Apply(order, response, "Venue refused the order", clock.UtcNow,
            events => Record(changes, events, order),
            flagged => LogVenueReportProblem(logger, key, flagged.Kind, flagged.Message ?? ""));
        var view = OrderViews.Build(request, order, changes, order.TsLastUpdate);
        if (changes.Count == 1)
        {
            return new DirectSubmission(SubmitOrderResult.Accepted(view)); // sent; nothing reported yet
        }

        var record = new OrderRecord(request, order.ToSnapshot(), [.. changes], RequestCount: 0, CancelWhenAnsweredBy: null);
        try
        {
            var journaled = await JournalProgressAsync(new OrderProgress(view, [.. changes.Skip(1)], record));
            return new DirectSubmission(SubmitOrderResult.Accepted(view), journaled);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHandedOver(logger, ex, key);
            return new DirectSubmission(null, Unjournaled: record);
        }
    }

    private async ValueTask<bool> AnswersWithinSendAsync(VenueId venue)
    {
        try
        {
            return await venueModes.AnswersWithinSendAsync(GrainFactory, venue);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogVenueCallFailed(logger, ex, "(any)", venue.Value);
            return false; // the order grain's submission handles an unreachable venue
        }
    }

    /// <summary>Numbers and keeps an order's new changes, as the order grain does.</summary>
    private static void Record(List<OrderChange> changes, IReadOnlyList<DomainOrderEvent> events, Order order)
    {
        foreach (var e in events)
        {
            if (OrderChanges.From(e, changes.Count + 1, order.Status) is { } change)
            {
                changes.Add(change);
            }
        }
    }

    /// <summary>
    /// The venue call failed: the order is journaled as submitted and the venue may or may not have it. Its order grain
    /// settles it as after any failure — asks the venue, sends it if the venue never got it and it is still fresh —
    /// and the caller gets the order as that left it.
    /// </summary>
    private async Task<SubmitOrderResult> VenueUnsettledAsync(string key, SubmitOrderRequest request) =>
        await OrderGrain(key).Get() is { } view
            ? SubmitOrderResult.Accepted(view)
            : SubmitOrderResult.Refused(new Refusal("ORDER_UNRECOVERABLE",
                $"Order {request.ClientOrderId} was admitted but cannot be read back from its account's journal; an operator must resolve it.",
                RefusalKind.FailedPrecondition));

    private IOrderGrain OrderGrain(string key) => GrainFactory.GetGrainByKey<IOrderGrain>(key);

    /// <summary>
    /// A direct submission's end: its result (with what is left to do once the order is released), or who takes the
    /// request over — see <see cref="SubmitNewAsync"/>; all empty means the venue call failed.
    /// </summary>
    private readonly record struct DirectSubmission(
        SubmitOrderResult? Result, JournaledProgress Journaled = default, OrderRecord? Unjournaled = null, bool ForOrderGrain = false)
    {
        public static DirectSubmission ToOrderGrain => new(null, ForOrderGrain: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}, submitted with others: the submission failed; its outcome is unknown to the caller, who retries it")]
    private static partial void LogOneOfManyFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: the venue's answer could not be journaled; the order grain stores it and hands it over later")]
    private static partial void LogHandedOver(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: the call to venue {Venue} failed; the order grain settles it with the venue")]
    private static partial void LogVenueCallFailed(ILogger logger, Exception exception, string order, string venue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: venue report not applied as sent ({Kind}): {Message}")]
    private static partial void LogVenueReportProblem(ILogger logger, string order, ExecutionOutcomeKind kind, string message);
}
