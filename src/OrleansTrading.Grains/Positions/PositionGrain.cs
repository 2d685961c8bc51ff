using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.MarketData;
using OrleansTrading.Persistence.Journal;
using FillOutcome = OrleansTrading.Abstractions.Positions.FillOutcome;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// One account's position in one instrument, net and per strategy. Event-sourced: every fill is appended to the
/// position's fill journal (unique by fill id) before it is applied, and a snapshot is written every
/// <see cref="SnapshotEvery"/> fills; so position = sum of the recorded fills, a fill is never applied twice, and
/// writes stay small however many fills the position has seen.
/// </summary>
public sealed partial class PositionGrain(
    [PersistentState("position", TradingStorage.Name)] IPersistentState<PositionState> state,
    IEventJournal journal,
    Serializer serializer,
    IInstrumentCatalog instruments,
    MarketPriceBook prices,
    ILogger<PositionGrain> logger) : Grain, IPositionGrain
{
    public const int SnapshotEvery = 500;
    private const int ReplayPage = 1000;

    private readonly Dictionary<StrategyId, Position> _byStrategy = [];
    private readonly Dictionary<StrategyId, int> _strategyFills = [];
    private int _fillCount;
    private AccountId _account;
    private Instrument _instrument = null!;
    private Position _net = null!;
    private long _sequence;
    private int _sinceSnapshot;
    private IAsyncStream<PositionView>? _stream;
    private Task _publishing = Task.CompletedTask;

    private string Stream => "position" + Identifier.CompositeSeparator + this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_account, var instrumentId) = GrainKeys.ParsePosition(this.GetPrimaryKeyString());
        _instrument = instruments.Find(instrumentId)
            ?? throw new InvalidOperationException($"Position {this.GetPrimaryKeyString()}: instrument {instrumentId} is not configured.");
        _net = Restore(null, state.State.Net);
        _fillCount = state.State.Net.FillCount;
        foreach (var (strategy, figures) in state.State.ByStrategy)
        {
            _byStrategy[strategy] = Restore(strategy, figures);
            _strategyFills[strategy] = figures.FillCount;
        }

        _sequence = state.State.Sequence;
        while (true)
        {
            var events = await journal.ReadAsync(Stream, _sequence, ReplayPage);
            foreach (var e in events)
            {
                ApplyInMemory(serializer.Deserialize<PositionFill>(e.Payload.ToArray())!);
                _sequence = e.Sequence;
                _sinceSnapshot++;
            }

            if (events.Count < ReplayPage)
            {
                break;
            }
        }

        _stream = this.GetStreamProvider(StreamNames.Provider).GetStream<PositionView>(StreamId.Create(StreamNames.PositionsNamespace, _account.Value));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_sinceSnapshot > 0)
        {
            await SnapshotAsync();
        }
    }

    public async Task<FillOutcome> ApplyFill(PositionFill fill)
    {
        if (fill.Account != _account || fill.Instrument != _instrument.Id)
        {
            throw new ArgumentException($"Fill {fill.FillId} is for {fill.Account}/{fill.Instrument}, not position {this.GetPrimaryKeyString()}.", nameof(fill));
        }

        if (_net.HasApplied(fill.FillId))
        {
            return FillOutcome.Duplicate;
        }

        var sequence = _sequence + 1;
        try
        {
            await journal.AppendAsync(Stream, [new JournalEvent(Stream, sequence, fill.FillId.Value, 1, serializer.SerializeToArray(fill))], []);
        }
        catch (JournalDuplicateException)
        {
            return FillOutcome.Duplicate;
        }
        catch (JournalSequenceConflictException)
        {
            LogSequenceConflict(logger, this.GetPrimaryKeyString());
            DeactivateOnIdle();
            throw;
        }

        _sequence = sequence;
        ApplyInMemory(fill);
        if (++_sinceSnapshot >= SnapshotEvery)
        {
            await SnapshotAsync();
        }

        // Notify without holding the fill's caller: notifications are ordered among themselves, best effort.
        _publishing = PublishAfter(_publishing, View());
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
        var domainFill = new Fill(fill.FillId, fill.Account, fill.Strategy, fill.Instrument, fill.ClientOrderId, fill.Side, fill.Quantity, fill.Price, fill.Commission, fill.TsEvent, fill.TsInit);
        _net.Apply(domainFill);
        if (!_byStrategy.TryGetValue(fill.Strategy, out var strategyPosition))
        {
            strategyPosition = Position.Open(_instrument, _account, fill.Strategy);
            _byStrategy[fill.Strategy] = strategyPosition;
        }

        strategyPosition.Apply(domainFill);
        _fillCount++;
        _strategyFills[fill.Strategy] = _strategyFills.GetValueOrDefault(fill.Strategy) + 1;
        state.State.UpdatedAt = UnixNanos.Max(state.State.UpdatedAt, fill.TsInit);
    }

    private async Task SnapshotAsync()
    {
        state.State.Sequence = _sequence;
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
        []));

    private async Task PublishAfter(Task previous, PositionView view)
    {
        await previous;
        try
        {
            await _stream!.OnNextAsync(view);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Notifications are best effort: the position itself is durable and readable.
            LogPublishFailed(logger, ex, this.GetPrimaryKeyString());
        }
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Position {Position}: another writer appended to its journal; reloading")]
    private static partial void LogSequenceConflict(ILogger logger, string position);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Position {Position}: change notification not published")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string position);
}
