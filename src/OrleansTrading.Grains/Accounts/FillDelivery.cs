using Microsoft.Extensions.Logging;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// Hands the fills an account has journaled to their position grains (ADR 0001): the journal is the fills' record, the
/// positions follow it. Each fill is kept, under its journal sequence, until its position confirms it (the position
/// ignores a fill it already has, so a fill sent twice is harmless); <see cref="DeliveredThrough"/> tells the account's
/// snapshot how far the journal is known to be delivered, so the next activation re-sends everything after it.
/// Runs on the account grain's scheduler: no locks.
/// </summary>
internal sealed partial class FillDelivery(IGrainFactory grains, AccountId account, ILogger logger)
{
    private readonly SortedDictionary<long, PositionFill> _undelivered = [];

    public bool HasUndelivered => _undelivered.Count > 0;

    /// <summary>Keeps a journaled fill until its position confirms it.</summary>
    public void Add(long sequence, PositionFill fill) => _undelivered[sequence] = fill;

    /// <summary>
    /// The journal sequence through which every fill is confirmed by its position, for a snapshot taken at
    /// <paramref name="lastSequence"/>: just before the oldest fill still unconfirmed, or the snapshot's own sequence.
    /// </summary>
    public long DeliveredThrough(long lastSequence) =>
        _undelivered.Count == 0 ? lastSequence : Math.Min(lastSequence, _undelivered.Keys.First() - 1);

    /// <summary>
    /// Sends the given fills, in journal order. False when one could not be confirmed: it, and those after it, stay
    /// for <see cref="DeliverAllAsync"/>.
    /// </summary>
    public async Task<bool> DeliverAsync(IReadOnlyList<long> sequences)
    {
        foreach (var sequence in sequences)
        {
            if (!_undelivered.TryGetValue(sequence, out var fill))
            {
                continue; // confirmed meanwhile (by a retry)
            }

            try
            {
                await grains.GetGrainByKey<IPositionGrain>(GrainKeys.Position(fill.Account, fill.Instrument)).ApplyFill(fill);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDeliveryFailed(logger, ex, fill.FillId, account);
                return false;
            }

            _undelivered.Remove(sequence);
        }

        return true;
    }

    /// <summary>
    /// Sends every fill not yet confirmed, oldest first, up to <paramref name="committedThrough"/>: a fill whose journal
    /// append has not completed is never told to its position (the append may still fail, and its sequence be reused).
    /// </summary>
    public Task<bool> DeliverAllAsync(long committedThrough) => DeliverAsync([.. _undelivered.Keys.TakeWhile(s => s <= committedThrough)]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fill {Fill} of account {Account} did not reach its position; it is sent again")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, FillId fill, AccountId account);
}
