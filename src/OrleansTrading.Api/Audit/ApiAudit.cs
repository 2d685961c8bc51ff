using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions.Audit;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Security;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Audit;

/// <summary>
/// Records every state-changing call — carried out, repeated, refused, invalid or denied — with the caller's
/// identity, before the caller gets its answer: durably, except that a call whose effect is itself recorded with the
/// caller's identity at least as durably may ask for its successful outcome only to be written
/// (<see cref="AuditDurability.Written"/>; <see cref="AdmittedOrderDurability"/>).
/// </summary>
public sealed class ApiAudit(IAuditSink sink, IClock clock, bool orderJournalSurvivesPowerLoss = false)
{
    public const string Ok = "ok";

    public const string Duplicate = "duplicate";

    private const int MaxTargetLength = 160;

    /// <summary>
    /// How durable an admitted submission's record must be: <see cref="AuditDurability.Written"/> when the order journal
    /// — which holds the request with its actor, synced before the submission is answered — survives a power cut, as
    /// the audit file would; otherwise durable, so the audit line is never less durable than it was.
    /// </summary>
    public AuditDurability AdmittedOrderDurability { get; } = orderJournalSurvivesPowerLoss ? AuditDurability.Written : AuditDurability.Durable;

    public ValueTask RecordAsync(
        ApiCaller caller, string action, string target, string outcome, ImmutableDictionary<string, string>? details = null, AuditDurability durability = AuditDurability.Durable) =>
        sink.RecordAsync(new AuditRecord(
            clock.UtcNow,
            caller.Name,
            action,
            Truncated(target),
            outcome,
            (details ?? ImmutableDictionary<string, string>.Empty).Add("auth", caller.AuthenticatedBy)), durability);

    /// <summary>The target cut to its maximum length, never between the two halves of a surrogate pair.</summary>
    private static string Truncated(string target) =>
        target.Length <= MaxTargetLength ? target : target[..(char.IsHighSurrogate(target[MaxTargetLength - 1]) ? MaxTargetLength - 1 : MaxTargetLength)];

    /// <summary>The outcome word for a failed call: <c>refused:CODE</c>, <c>invalid</c>, <c>denied:CODE</c>, <c>not-found</c>…</summary>
    public static string OutcomeOf(RpcException ex)
    {
        var reason = ex.Trailers.GetValue(ApiErrors.ReasonTrailer) ?? ex.StatusCode.ToString();
        return ex.StatusCode switch
        {
            StatusCode.InvalidArgument => "invalid:" + reason,
            StatusCode.PermissionDenied => "denied:" + reason,
            StatusCode.NotFound => "not-found:" + reason,
            StatusCode.AlreadyExists => "already-exists:" + reason,
            StatusCode.FailedPrecondition => "refused:" + reason,
            _ => "failed:" + reason,
        };
    }

    /// <summary>
    /// Runs a state-changing call and records how it ended; the call's own exception is rethrown unchanged. A failed
    /// call's record, and a repeated one's, is always durable; a carried-out one's as <paramref name="onSuccess"/> says.
    /// </summary>
    public async Task<T> RunAsync<T>(
        ApiCaller caller, string action, string target, ImmutableDictionary<string, string>? details, Func<Task<(T Response, string Outcome)>> call,
        AuditDurability onSuccess = AuditDurability.Durable)
    {
        (T Response, string Outcome) result;
        try
        {
            result = await call().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            await RecordAsync(caller, action, target, OutcomeOf(ex), details).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            await RecordAsync(caller, action, target, "failed:" + ex.GetType().Name, details).ConfigureAwait(false);
            throw;
        }

        // only a call carried out is recorded elsewhere: a repeated one leaves its trace here alone
        await RecordAsync(caller, action, target, result.Outcome, details, result.Outcome == Ok ? onSuccess : AuditDurability.Durable).ConfigureAwait(false);
        return result.Response;
    }
}
