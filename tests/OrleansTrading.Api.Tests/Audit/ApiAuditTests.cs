using Grpc.Core;
using OrleansTrading.Abstractions.Audit;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Security;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Tests.Audit;

/// <summary>How durable each call's audit record is asked to be: only a carried-out call may settle for written.</summary>
public sealed class ApiAuditTests
{
    private static readonly ApiCaller Alice = new("alice", ApiRole.Trader, CallerScope.All, CallerScope.All, "api-key");
    private readonly RecordingSink _sink = new();
    private readonly ApiAudit _audit;

    public ApiAuditTests() => _audit = new ApiAudit(_sink, new ManualClock(new UnixNanos(1_800_000_000_000_000_000)));

    [Fact]
    public async Task A_carried_out_call_is_recorded_as_durably_as_the_caller_asks()
    {
        await _audit.RunAsync(Alice, "SubmitOrder", "ACC-1/c-1", null, () => Task.FromResult((1, ApiAudit.Ok)), AuditDurability.Written);
        await _audit.RunAsync(Alice, "SetLimits", "ACC-1", null, () => Task.FromResult((1, ApiAudit.Ok)));

        Assert.Equal([("SubmitOrder", "ok", AuditDurability.Written), ("SetLimits", "ok", AuditDurability.Durable)], _sink.Records);
    }

    [Fact]
    public async Task A_repeated_refused_or_failed_call_is_always_recorded_durably()
    {
        await _audit.RunAsync(Alice, "SubmitOrder", "ACC-1/c-1", null, () => Task.FromResult((1, ApiAudit.Duplicate)), AuditDurability.Written);
        await Assert.ThrowsAsync<RpcException>(() => _audit.RunAsync<int>(Alice, "SubmitOrder", "ACC-1/c-2", null,
            () => throw new RpcException(new Status(StatusCode.InvalidArgument, "quantity")), AuditDurability.Written));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _audit.RunAsync<int>(Alice, "SubmitOrder", "ACC-1/c-3", null,
            () => throw new InvalidOperationException("boom"), AuditDurability.Written));

        Assert.Equal(
            [("SubmitOrder", "duplicate", AuditDurability.Durable), ("SubmitOrder", "invalid:InvalidArgument", AuditDurability.Durable),
             ("SubmitOrder", "failed:InvalidOperationException", AuditDurability.Durable)],
            _sink.Records);
    }

    [Fact]
    public void An_admitted_order_skips_its_own_sync_only_where_the_order_journal_survives_a_power_cut()
    {
        Assert.Equal(AuditDurability.Written, new ApiAudit(_sink, new ManualClock(default), orderJournalSurvivesPowerLoss: true).AdmittedOrderDurability);
        Assert.Equal(AuditDurability.Durable, new ApiAudit(_sink, new ManualClock(default), orderJournalSurvivesPowerLoss: false).AdmittedOrderDurability);
    }

    [Fact]
    public async Task A_long_target_is_cut_without_splitting_a_surrogate_pair()
    {
        var target = new string('a', 159) + "\U0001F600" + "tail";

        await _audit.RecordAsync(Alice, "SubmitOrder", target, ApiAudit.Ok);

        Assert.Equal(new string('a', 159), _sink.Targets.Single());
    }

    private sealed class RecordingSink : IAuditSink
    {
        public List<(string Action, string Outcome, AuditDurability Durability)> Records { get; } = [];

        public List<string> Targets { get; } = [];

        public ValueTask RecordAsync(AuditRecord record, AuditDurability durability = AuditDurability.Durable, CancellationToken cancellationToken = default)
        {
            Records.Add((record.Action, record.Outcome, durability));
            Targets.Add(record.Target);
            return ValueTask.CompletedTask;
        }
    }
}
