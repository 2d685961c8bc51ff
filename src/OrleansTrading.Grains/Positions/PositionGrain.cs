using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Grains.Accounts;
using OrleansTrading.Grains.MarketData;
using OrleansTrading.Grains.Notifications;
using OrleansTrading.Persistence.Journal;
using FillOutcome = OrleansTrading.Abstractions.Positions.FillOutcome;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// One account's position in one instrument, net and per strategy: a projection of its account's order journal
/// (ADR 0005 as revised by ADR 0006). The journal is the record of every fill — the account journals each order
/// version once and then hands its fill here with the fill's journal sequence and the sequence of its previous fill in
/// the instrument — and this grain applies the fills once each, in journal order, in memory (<see cref="FillChain"/>):
/// a fill that overtook an earlier one makes it read the journal up to its end instead. So it has every fill through
/// one journal sequence and none after it, and a snapshot (every <see cref="SnapshotEvery"/> fills, and when the grain
/// leaves memory) holds the position through that sequence without reading anything; activation replays the journal
/// after it. So position = sum of the journaled fills, a fill is never applied twice, and a fill costs no write of its
/// own.
/// </summary>
public sealed partial class PositionGrain(
    [PersistentState("position", TradingStorage.Name)] IPersistentState<PositionState> state,
    IEventJournal journal,
    Serializer serializer,
    IInstrumentCatalog instruments,
    MarketPriceBook prices,
    NotificationOptions notificationOptions,
    TimeProvider time,
    ILogger<PositionGrain> logger) : Grain, IPositionGrain
{
    public const int SnapshotEvery = 500;

    private readonly Dictionary<StrategyId, Position> _byStrategy = [];
    private readonly Dictionary<StrategyId, int> _strategyFills = [];
    private int _fillCount;
    private AccountId _account;
    private Instrument _instrument = null!;
    private Position _net = null!;
    private long _journalThrough;
    private int _sinceSnapshot;
    private IAsyncStream<PositionView>? _stream;
    private CoalescingNotifier<long>? _notifier;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_account, var instrumentId) = GrainKeys.ParsePosition(this.GetPrimaryKeyString());
        _instrument = instruments.Find(instrumentId)
            ?? throw new InvalidOperationException($"Position {this.GetPrimaryKeyString()}: instrument {instrumentId} is not configured.");
        if (state.State.JournalSequence is { } through)
        {
            _net = Restore(null, state.State.Net);
            _fillCount = state.State.Net.FillCount;
            foreach (var (strategy, figures) in state.State.ByStrategy)
            {
                _byStrategy[strategy] = Restore(strategy, figures);
                _strategyFills[strategy] = figures.FillCount;
            }

            _journalThrough = through;
        }
        else
        {
            // nothing stored, or a snapshot of the position's former fill journal: the account's journal has every fill
            _net = Position.Open(_instrument, _account, memory: GrainPositions.FillIds);
            _journalThrough = 0;
        }

        await CatchUpAsync();
        _stream = this.GetStreamProvider(StreamNames.Provider).GetStream<PositionView>(StreamId.Create(StreamNames.PositionsNamespace, _account.Value));
        // a position's view is its whole state: one publication with the figures as they are then covers every fill since
        // the last; best effort, as the position itself is durable and readable
        _notifier = new CoalescingNotifier<long>(
            _ => _stream.OnNextAsync(View()), notificationOptions.Window, time, ex => LogPublishFailed(logger, ex, this.GetPrimaryKeyString()));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            if (_sinceSnapshot > 0)
            {
                await SnapshotAsync();
            }
        }
        finally
        {
            await (_notifier?.FlushAsync(cancellationToken) ?? Task.CompletedTask); // also after a failed snapshot
        }
    }

    public async Task<FillOutcome> ApplyFill(PositionFill fill)
    {
        if (fill.Account != _account || fill.Instrument != _instrument.Id)
        {
            throw new ArgumentException($"Fill {fill.FillId} is for {fill.Account}/{fill.Instrument}, not position {this.GetPrimaryKeyString()}.", nameof(fill));
        }

        if (fill.Sequence <= 0)
        {
            throw new ArgumentException($"Fill {fill.FillId} has no journal sequence: positions take fills from their account's journal.", nameof(fill));
        }

        switch (FillChain.Decide(_journalThrough, fill.Sequence, fill.PreviousFillSequence))
        {
            case FillStep.Duplicate:
                return FillOutcome.Duplicate;
            case FillStep.ApplyNext:
                ApplyInMemory(fill);
                _journalThrough = fill.Sequence;
                _sinceSnapshot++;
                break;
            default:
                await CatchUpAsync(); // the account hands only committed fills: the journal's end includes this one
                if (fill.Sequence > _journalThrough)
                {
                    throw new InvalidOperationException(
                        $"Fill {fill.FillId} (journal sequence {fill.Sequence}) is not in account {_account}'s journal, which ends at {_journalThrough}.");
                }

                break;
        }

        if (_sinceSnapshot >= SnapshotEvery)
        {
            await SnapshotAsync();
        }

        // Notify without holding the fill's caller: notifications are ordered among themselves, best effort.
        _notifier!.Add(_journalThrough);
        return FillOutcome.Applied;
    }

    public Task<PositionView> Get() => Task.FromResult(View());

    public Task Mark(Price price, UnixNanos at)
    {
        state.State.Mark = price;
        return Task.CompletedTask;
    }

    private void ApplyInMemory(PositionFill fill)
    {
        var domainFill = fill.ToFill();
        _net.Apply(domainFill);
        if (!_byStrategy.TryGetValue(fill.Strategy, out var strategyPosition))
        {
            strategyPosition = Position.Open(_instrument, _account, fill.Strategy, memory: GrainPositions.FillIds);
            _byStrategy[fill.Strategy] = strategyPosition;
        }

        strategyPosition.Apply(domainFill);
        _fillCount++;
        _strategyFills[fill.Strategy] = _strategyFills.GetValueOrDefault(fill.Strategy) + 1;
        state.State.UpdatedAt = UnixNanos.Max(state.State.UpdatedAt, fill.TsInit);
    }

    /// <summary>
    /// Reads the account's journal after the position's journal sequence to its end, applying every fill for this
    /// instrument in order (journaled, not yet handed over); afterwards every fill up to the journal's end is in.
    /// </summary>
    private async Task CatchUpAsync()
    {
        await foreach (var e in OrderJournal.ReadAsync(journal, serializer, _account, _journalThrough))
        {
            if (e.Instrument == _instrument.Id && OrderJournal.Fill(e, _instrument) is { } fill)
            {
                ApplyInMemory(fill);
                _sinceSnapshot++;
            }

            _journalThrough = e.Sequence;
        }
    }

    /// <summary>Every fill through <see cref="_journalThrough"/> is applied and none after it: the figures are the journal's through that sequence.</summary>
    private async Task SnapshotAsync()
    {
        state.State.JournalSequence = _journalThrough;
        state.State.Net = Figures(_net, _fillCount);
        state.State.ByStrategy = _byStrategy.ToDictionary(p => p.Key, p => Figures(p.Value, _strategyFills.GetValueOrDefault(p.Key)));
        await state.WriteStateAsync();
        _sinceSnapshot = 0;
    }

    private static PositionFigures Figures(Position position, int fillCount) => new()
    {
        NetQuantity = position.NetQuantity,
        OpenCost = position.OpenCost,
        RealisedPnlGross = position.RealisedPnlGross,
        Commissions = position.Commissions,
        FillCount = fillCount,
    };

    private Position Restore(StrategyId? strategy, PositionFigures figures) => Position.Restore(new PositionSnapshot(
        new PositionKey(_account, _instrument.Id, strategy),
        _instrument.QuoteCurrency,
        _instrument.Multiplier,
        figures.NetQuantity,
        figures.OpenCost,
        figures.RealisedPnlGross,
        figures.Commissions,
        []), GrainPositions.FillIds);

    private PositionView View()
    {
        var mark = state.State.Mark ?? prices.Last(_instrument.Id);
        return ToView(_net, null, mark, _fillCount, [.. _byStrategy.Select(p => ToView(p.Value, p.Key, mark, _strategyFills.GetValueOrDefault(p.Key), []))]);
    }

    private PositionView ToView(Position position, StrategyId? strategy, Price? mark, int fills, ImmutableArray<PositionView> byStrategy) => new(
        _account,
        strategy,
        _instrument.Id,
        position.NetQuantity,
        position.NetQuantity == 0m ? null : position.AverageOpenPrice,
        mark,
        position.RealisedPnlNet,
        mark is { } m ? position.UnrealisedPnl(m) : 0m,
        position.Commissions,
        mark is { } price ? position.MarkValue(price) : position.NetQuantity * position.AverageOpenPrice.Value * position.Multiplier,
        position.Currency,
        fills,
        state.State.UpdatedAt,
        byStrategy);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Position {Position}: change notification not published")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string position);
}
