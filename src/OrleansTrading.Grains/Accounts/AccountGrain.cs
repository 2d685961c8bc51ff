using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Serialization;
using Orleans.Streams;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Abstractions.Risk;
using OrleansTrading.Abstractions.Streams;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.MarketData;
using OrleansTrading.Grains.Notifications;
using OrleansTrading.Grains.Orders;
using OrleansTrading.Grains.Positions;
using OrleansTrading.Grains.Risk;
using OrleansTrading.Grains.Venues;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// One trading account: pre-trade risk (kernel <see cref="PreTradeRiskCheck"/> over the account's book and the
/// ordering strategy's book in this account), trading modes (own, strategy, global), drawdown, and the account's
/// order journal — a gapless event sequence plus a queryable row per order.
/// <para>
/// Reentrant by design (see docs/adr/0002-reentrant-account-grain.md): every decision and every change to in-memory
/// state happens synchronously between awaits, and what is awaited on the order path is the journal commit, which
/// <see cref="JournalPipeline"/> batches across concurrent orders, and — for an order the account submits itself —
/// the venue's answer, under a reservation of the order's id. That keeps risk decisions atomic while one account
/// admits many orders per commit.
/// </para>
/// </summary>
[Reentrant]
public sealed partial class AccountGrain(
    [PersistentState("account", TradingStorage.Name)] IPersistentState<AccountState> state,
    IEventJournal journal,
    Serializer serializer,
    IInstrumentCatalog instruments,
    MarketPriceBook prices,
    IClock clock,
    OrderRecoveryOptions recovery,
    VenueAnswerModes venueModes,
    NotificationOptions notificationOptions,
    TimeProvider time,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
{
    /// <summary>Journal events between snapshots of the account's position copy and drawdown state.</summary>
    public const int SnapshotEvery = 1000;

    /// <summary>
    /// Orders a mass cancel (or the sweep for unanswered admissions) calls at once: enough to pull a book quickly, few
    /// enough not to flood the venue.
    /// </summary>
    public const int MassCancelConcurrency = 16;

    private static readonly TimeSpan _markInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan _firstFillRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan _maxFillRetry = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, OpenOrder> _open = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unrecoverable = new(StringComparer.Ordinal);
    private readonly Dictionary<(InstrumentId, OrderSide), decimal> _openByInstrument = [];
    private readonly Dictionary<(StrategyId, InstrumentId, OrderSide), decimal> _openByStrategy = [];
    private readonly Dictionary<InstrumentId, Position> _positions = [];
    private readonly Dictionary<InstrumentId, long> _lastFillSequences = [];
    private readonly Dictionary<StrategyId, RiskBook> _strategyBooks = [];
    private AccountId _account;
    private RiskBook _book = null!;
    private JournalPipeline<OrderEvent> _pipeline = null!;
    private TradingMode _globalMode = TradingMode.Active;
    private string? _globalReason;
    private IAsyncStream<OrderEventBatch> _stream = null!;
    private CoalescingNotifier<OrderEvent>? _notifier;
    private int _sinceSnapshot;
    private FillDelivery _fills = null!;
    private IGrainTimer? _fillRetry;
    private TimeSpan _fillRetryDelay = _firstFillRetry;
    private Task _stateWrite = Task.CompletedTask;

    private string Stream => OrderJournal.Stream(_account);

    private Currency Currency => state.State.Definition?.Currency ?? Currency.Usd;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _account = new AccountId(this.GetPrimaryKeyString());
        var now = clock.UtcNow;
        _book = NewBook(RiskScope.Account, state.State.Limits, now, state.State.Drawdown);
        foreach (var (strategy, settings) in state.State.Strategies)
        {
            _strategyBooks[strategy] = NewBook(RiskScope.Strategy, settings.Limits, now, null);
        }

        foreach (var (instrument, figures) in state.State.Positions)
        {
            if (instruments.Find(instrument) is { } known)
            {
                _positions[instrument] = Position.Restore(new PositionSnapshot(
                    new PositionKey(_account, instrument), known.QuoteCurrency, known.Multiplier,
                    figures.NetQuantity, figures.OpenCost, figures.RealisedPnlGross, figures.Commissions, []), GrainPositions.FillIds);
            }
        }

        var last = await journal.LastSequenceAsync(Stream);
        await LoadFillChainAsync();
        _fills = new FillDelivery(GrainFactory, _account, logger);
        await ReplayFillsAsync(state.State.SnapshotSequence, state.State.FillsDeliveredThrough ?? state.State.SnapshotSequence);
        await LoadOpenOrdersAsync();
        foreach (var (instrument, position) in _positions)
        {
            _book.SetPosition(instrument, position.NetQuantity);
        }

        _stream = this.GetStreamProvider(StreamNames.Provider).GetStream<OrderEventBatch>(StreamId.Create(StreamNames.OrdersNamespace, _account.Value));
        _notifier = new CoalescingNotifier<OrderEvent>(
            events => _stream.OnNextAsync(new OrderEventBatch([.. events])), notificationOptions.Window, time, ex => LogPublishFailed(logger, ex, _account));
        _pipeline = new JournalPipeline<OrderEvent>(journal, Stream, last, e => serializer.SerializeToArray(e), _notifier.AddRange);
        if (state.State.Definition is not null)
        {
            (_globalMode, _globalReason) = await GrainFactory.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Register(GlobalRiskGrain.AccountScopePrefix + _account.Value);
        }

        ApplyEffectiveModes(now, manual: false);
        Remark(now);

        // Recovery sweep: every order the journal still shows open gets a chance to re-send what it has not
        // confirmed (fills that reached the order but not this journal before a crash). Runs after activation,
        // because the orders call back into this grain.
        if (_open.Count > 0)
        {
            this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(TimeSpan.FromMilliseconds(200), Timeout.InfiniteTimeSpan) { Interleave = true });
        }

        if (_fills.HasUndelivered)
        {
            // fills journaled before the previous activation ended, not confirmed by their positions
            ScheduleFillRetry(TimeSpan.FromMilliseconds(200));
        }

        this.RegisterGrainTimer(MarkAsync, new GrainTimerCreationOptions(_markInterval, _markInterval) { Interleave = true });
        this.RegisterGrainTimer(SweepUnansweredAsync, new GrainTimerCreationOptions(recovery.SweepUnansweredEvery, recovery.SweepUnansweredEvery) { Interleave = true });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            if (_pipeline is { Broken: false } && _sinceSnapshot > 0)
            {
                await _pipeline.CommitAsync();
                await SnapshotAsync();
            }
        }
        finally
        {
            await (_notifier?.FlushAsync(cancellationToken) ?? Task.CompletedTask); // also after a failed snapshot
        }
    }

    public async Task<CommandResult> Open(AccountDefinition definition, string actor)
    {
        if (definition.Account != _account)
        {
            return CommandResult.Refused("ACCOUNT_MISMATCH", $"Definition is for {definition.Account}, not {_account}.", RefusalKind.InvalidArgument);
        }

        if (definition.Limits.Problems() is { Count: > 0 } problems)
        {
            return CommandResult.Refused("INVALID_LIMITS", string.Join(" ", problems), RefusalKind.InvalidArgument);
        }

        if (state.State.Definition is { } existing)
        {
            if (existing.Currency != definition.Currency)
            {
                return CommandResult.Refused("ACCOUNT_CURRENCY_FIXED", $"Account {_account} reports in {existing.Currency}; its currency cannot change.");
            }

            if (existing.StartingCash == definition.StartingCash && existing.Funds.SequenceEqual(definition.Funds))
            {
                return CommandResult.Ok;
            }

            state.State.Definition = definition with { Limits = existing.Limits };
            await WriteStateAsync();
            return CommandResult.Ok;
        }

        state.State.Definition = definition;
        state.State.Limits = definition.Limits;
        _book.SetLimits(definition.Limits.ToKernel(), clock.UtcNow);
        RegisterProfiles(_book, definition.Limits);
        await WriteStateAsync();
        (_globalMode, _globalReason) = await GrainFactory.GetGrainByKey<IGlobalRiskGrain>(IGlobalRiskGrain.Key).Register(GlobalRiskGrain.AccountScopePrefix + _account.Value);
        ApplyEffectiveModes(clock.UtcNow, manual: false);
        LogOpened(logger, _account, actor);
        return CommandResult.Ok;
    }

    public async Task<AdmissionResult> Admit(OrderAdmission admission)
    {
        var request = admission.Request;
        var key = GrainKeys.Order(request.Account, request.ClientOrderId);
        if (_submitting.TryGetValue(key, out var submitting))
        {
            await submitting; // this account is submitting the key itself: the order grain finds that order below
        }

        // Admitted before (by an earlier activation of the order grain, or directly by this account), or no longer open:
        // the order continues from what was journaled — as of its latest version, which may still be on its way to the
        // journal — and compares the two requests; it is not admitted twice.
        if ((_open.ContainsKey(key) && !_pipeline.Broken) || await journal.FindEntityAsync(Stream, key) is not null)
        {
            return await FindOrder(key) is { } journaled
                ? new AdmissionResult(null, 0, journaled)
                : new AdmissionResult(new Refusal("ACCOUNT_UNAVAILABLE", $"Account {_account} is reloading its journal; retry shortly."), 0);
        }

        return await AdmitNewAsync(admission, key);
    }

    /// <summary>
    /// Pre-trade risk for an order whose key this account has never journaled, and, when admitted, its journaled
    /// version 1: the order's durable record before anything is sent.
    /// </summary>
    private async Task<AdmissionResult> AdmitNewAsync(OrderAdmission admission, string key)
    {
        var request = admission.Request;
        if (_open.ContainsKey(key))
        {
            return new AdmissionResult(new Refusal("ORDER_BEING_ADMITTED", $"Order {request.ClientOrderId} is being admitted by another call; retry shortly."), 0);
        }

        if (Refuse(request) is { } refusal)
        {
            return new AdmissionResult(refusal, 0);
        }

        var now = admission.At;
        var strategyBook = _strategyBooks[request.Strategy];
        if ((admission.ReferencePrice ?? prices.Last(request.Instrument)) is { } reference)
        {
            _book.UpdateLastPrice(request.Instrument, reference);
            strategyBook.UpdateLastPrice(request.Instrument, reference);
        }

        var candidate = Candidate(request, request.Quantity);
        var decision = PreTradeRiskCheck.Evaluate(candidate, _book, strategyBook, KillSwitch, now);
        if (decision.IsRejected)
        {
            return new AdmissionResult(new Refusal(decision.Reason.Code(), decision.Describe()), 0);
        }

        _book.OnOrderAccepted(candidate, now);
        strategyBook.OnOrderAccepted(candidate, now);
        _open[key] = new OpenOrder(request.Instrument, request.Strategy, request.Side, request.Quantity, 1, admission.Order.CreatedAt.Value);
        AddOpen(request.Strategy, request.Instrument, request.Side, request.Quantity.Value);

        var change = new OrderChange(1, OrderEventKind.Submitted, admission.Order.Status, null, null, now);
        var sequence = _pipeline.Add(key, 1, seq => ToEvent(seq, change, admission.Order), Entity(key, admission.Order, record: null));
        try
        {
            await _pipeline.CommitAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogJournalFailed(logger, ex, _account);
            DeactivateOnIdle();
            throw;
        }

        return new AdmissionResult(null, sequence);
    }

    public async Task<JournaledOrder?> FindOrder(string orderKey)
    {
        if (_submitting.TryGetValue(orderKey, out var submitting))
        {
            await submitting; // submitted by this account just now: the order is what the submission journals
        }

        await _pipeline.CommitAsync(); // the order's latest version may still be on its way to the journal
        var row = _open.TryGetValue(orderKey, out var open)
            ? await journal.GetEntityAsync(Stream, orderKey, open.CreatedNanos)
            : await journal.FindEntityAsync(Stream, orderKey);
        return row is null ? null : OrderJournalEntry.Read(serializer, row.Payload) with { JournaledVersion = row.LastEntityNumber };
    }

    public Task<Refusal?> CheckResend(StrategyId strategy)
    {
        if (EffectiveMode != TradingMode.Active)
        {
            return Task.FromResult<Refusal?>(new Refusal("ACCOUNT_NOT_ACTIVE", $"account {_account} is {EffectiveMode} ({EffectiveReason})"));
        }

        if (!state.State.Strategies.TryGetValue(strategy, out var settings) || !settings.Enabled || settings.Mode != TradingMode.Active)
        {
            return Task.FromResult<Refusal?>(new Refusal("STRATEGY_NOT_ACTIVE", $"strategy {strategy} is not active on account {_account}"));
        }

        return Task.FromResult<Refusal?>(null);
    }

    public Task<Refusal?> CheckReplace(OrderView current, SubmitOrderRequest replacement)
    {
        if (Refuse(replacement) is { } refusal)
        {
            return Task.FromResult<Refusal?>(refusal);
        }

        var strategyBook = _strategyBooks[replacement.Strategy];
        var newLeaves = replacement.Quantity.Value - current.FilledQuantity.Value;
        if (newLeaves <= 0m)
        {
            return Task.FromResult<Refusal?>(null);
        }

        // Judge the replacement as if the current leaves were released and the new leaves placed instead.
        var currentLeaves = current.LeavesQuantity;
        _book.OnOrderReleased(current.Instrument, current.Side, currentLeaves);
        strategyBook.OnOrderReleased(current.Instrument, current.Side, currentLeaves);
        var decision = PreTradeRiskCheck.Evaluate(Candidate(replacement, new Quantity(newLeaves)), _book, strategyBook, KillSwitch, clock.UtcNow);
        SetOpenOrders(current.Strategy, current.Instrument);
        return Task.FromResult(decision.IsRejected ? new Refusal(decision.Reason.Code(), decision.Describe()) : null);
    }

    public async Task RecordProgress(OrderProgress progress) => await AfterJournaledAsync(await JournalProgressAsync(progress));

    /// <summary>
    /// Journals an order's new versions (ignoring those journaled before) and returns once they are durable, with what
    /// is left to do then (<see cref="AfterJournaledAsync"/>).
    /// </summary>
    private async Task<JournaledProgress> JournalProgressAsync(OrderProgress progress)
    {
        var order = progress.Order;
        var key = GrainKeys.Order(order.Account, order.ClientOrderId);
        if (!_open.ContainsKey(key))
        {
            await _pipeline.CommitAsync(); // its latest version may still be on its way to the journal
        }

        var known = _open.TryGetValue(key, out var open)
            ? open.Version
            : (await journal.GetEntityAsync(Stream, key, order.CreatedAt.Value))?.LastEntityNumber ?? 0;
        if (!_open.TryGetValue(key, out open) && order.IsOpen && known == 0)
        {
            open = new OpenOrder(order.Instrument, order.Strategy, order.Side, Quantity.Zero, 0, order.CreatedAt.Value);
            _open[key] = open;
        }

        if (progress.Changes.Any(c => c.Version <= known))
        {
            var resent = progress.Changes.Where(c => c.Version <= known).ToList();
            // versions journaled before: a retry sends them unchanged; different content comes from a stale copy of
            // the order, which must reload rather than carry on from a history the journal does not have
            if (!await AgreesWithJournalAsync(key, order, resent, open))
            {
                LogStaleOrderCopy(logger, key, known);
                throw new OrderVersionConflictException(key, known);
            }

            known = _open.TryGetValue(key, out open) ? open.Version : known; // it may have moved while the journal was read
        }

        var fresh = progress.Changes.Where(c => c.Version > known).OrderBy(c => c.Version).ToList();
        if (fresh.Count == 0)
        {
            if (progress.Record is { } record && record.Changes.Length >= known && known > 0)
            {
                // nothing new, but the order's record is: a cancel waiting for an answer, or an order journaled before
                // rows carried records — its row takes the record, so the order can forget what it stored itself
                _pipeline.UpdateEntity(Entity(key, order, record) with { LastEntityNumber = known });
            }

            await _pipeline.CommitAsync();
            return default;
        }

        var now = clock.UtcNow;
        var entity = Entity(key, order, progress.Record);
        List<long>? fills = null;
        foreach (var change in fresh)
        {
            if (change.Fill is { } fill)
            {
                ApplyFill(order, fill);
            }

            var sequence = _pipeline.Add(key, change.Version, seq => ToEvent(seq, change, order), entity);
            if (change.Fill is { } journaled)
            {
                _fills.Add(sequence, ToPositionFill(order, journaled, sequence, ChainFill(order.Instrument, sequence)));
                (fills ??= []).Add(sequence);
            }
        }

        if (open is not null)
        {
            var newLeaves = order.IsOpen ? order.LeavesQuantity.Value : 0m;
            AddOpen(order.Strategy, order.Instrument, order.Side, newLeaves - open.Leaves.Value);
            open.Leaves = new Quantity(newLeaves);
            open.Version = fresh[^1].Version;
            open.LastChange = fresh[^1];
            open.Status = order.Status;
            open.ChangedNanos = now.Value;
            if (!order.IsOpen)
            {
                _open.Remove(key);
            }
        }

        var update = Remark(now);
        _sinceSnapshot += fresh.Count;
        try
        {
            await _pipeline.CommitAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogJournalFailed(logger, ex, _account);
            DeactivateOnIdle();
            throw;
        }

        return new JournaledProgress(fills, update is { StateChange: not null } || _sinceSnapshot >= SnapshotEvery);
    }

    /// <summary>
    /// Whether re-sent changes are the ones journaled: the last one from memory, earlier ones from the order's journal
    /// row (a row without the order's record, from before rows carried it, cannot say otherwise).
    /// </summary>
    private async Task<bool> AgreesWithJournalAsync(string key, OrderView order, List<OrderChange> resent, OpenOrder? open)
    {
        if (open?.LastChange is { } last && resent.TrueForAll(c => c.Version == last.Version))
        {
            return resent.TrueForAll(c => c == last);
        }

        if (await journal.GetEntityAsync(Stream, key, order.CreatedAt.Value) is not { } row ||
            OrderJournalEntry.Read(serializer, row.Payload).Record is not { } record)
        {
            return true;
        }

        return resent.TrueForAll(c => c.Version > record.Changes.Length || record.Changes[c.Version - 1] == c);
    }

    /// <summary>
    /// Once an order's versions are journaled: their fills go to the positions (a failure is retried from here, not by
    /// the order), and a snapshot is taken when the trading state changed or enough events passed.
    /// </summary>
    private async Task AfterJournaledAsync(JournaledProgress journaled)
    {
        if (journaled.Fills is { } fills && !await _fills.DeliverAsync(fills))
        {
            ScheduleFillRetry(_fillRetryDelay);
        }

        if (journaled.Snapshot)
        {
            await SnapshotAsync();
        }
    }

    /// <summary>What journaling an order's progress leaves to do: the fills to hand over, and whether to snapshot.</summary>
    private readonly record struct JournaledProgress(List<long>? Fills, bool Snapshot);

    private static PositionFill ToPositionFill(OrderView order, OrderFillView fill, long sequence, long? previousFillSequence) => new(
        fill.FillId, order.Account, order.Strategy, order.Instrument, order.ClientOrderId, order.Side, fill.Quantity, fill.Price,
        fill.Commission, fill.TsEvent, fill.TsEvent, sequence, previousFillSequence);

    /// <summary>
    /// Records a journaled fill as its instrument's latest and returns the sequence of the one before it (0 when there
    /// was none), which lets the position apply fills in journal order (<see cref="FillChain"/>).
    /// </summary>
    private long ChainFill(InstrumentId instrument, long sequence)
    {
        var previous = _lastFillSequences.GetValueOrDefault(instrument);
        _lastFillSequences[instrument] = sequence;
        return previous;
    }

    private void ScheduleFillRetry(TimeSpan dueIn)
    {
        if (_fillRetry is not null)
        {
            return;
        }

        _fillRetry = this.RegisterGrainTimer(RetryFillsAsync, new GrainTimerCreationOptions(dueIn, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private async Task RetryFillsAsync(CancellationToken cancellationToken)
    {
        _fillRetry?.Dispose();
        _fillRetry = null;
        if (await _fills.DeliverAllAsync(_pipeline.CommittedSequence))
        {
            _fillRetryDelay = _firstFillRetry;
            return;
        }

        _fillRetryDelay = TimeSpan.FromTicks(Math.Min(_fillRetryDelay.Ticks * 2, _maxFillRetry.Ticks));
        ScheduleFillRetry(_fillRetryDelay);
    }

    public Task<AccountView?> Get() => Task.FromResult(state.State.Definition is { } definition
        ? new AccountView(
            _account,
            definition.Currency,
            state.State.Mode,
            EffectiveMode,
            EffectiveReason,
            state.State.Limits,
            definition.Funds,
            [.. _positions.Keys.OrderBy(i => i)],
            _pipeline.LastSequence,
            state.State.UpdatedAt)
        : null);

    public async Task<CommandResult> SetLimits(RiskLimitSettings limits, string actor)
    {
        if (state.State.Definition is null)
        {
            return NotOpen();
        }

        if (limits.Problems() is { Count: > 0 } problems)
        {
            return CommandResult.Refused("INVALID_LIMITS", string.Join(" ", problems), RefusalKind.InvalidArgument);
        }

        state.State.Limits = limits;
        _book.SetLimits(limits.ToKernel(), clock.UtcNow);
        RegisterProfiles(_book, limits);
        await WriteStateAsync();
        LogLimitsChanged(logger, _account, actor);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> SetMode(TradingMode mode, string reason, string actor)
    {
        if (state.State.Definition is null)
        {
            return NotOpen();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Refused("REASON_REQUIRED", "A reason is required to change an account's trading mode.", RefusalKind.InvalidArgument);
        }

        state.State.Mode = mode;
        state.State.ModeReason = mode == TradingMode.Active ? null : reason;
        ApplyEffectiveModes(clock.UtcNow, manual: true);
        await WriteStateAsync();
        LogModeChanged(logger, _account, mode, actor, reason);
        return CommandResult.Ok;
    }

    public async Task<MassCancelResult> CancelOpenOrders(OpenOrderFilter filter, string actor)
    {
        var keys = _open.Where(o => filter.Matches(o.Value.Strategy, o.Value.Instrument, o.Value.Side)).Select(o => o.Key).ToList();
        LogMassCancel(logger, keys.Count, _account, actor, filter);
        var outcomes = new List<MassCancelOutcome>(keys.Count);
        foreach (var chunk in keys.Chunk(MassCancelConcurrency))
        {
            outcomes.AddRange(await Task.WhenAll(chunk.Select(key => CancelOneAsync(key, actor))));
        }

        return new MassCancelResult([.. outcomes]);
    }

    private async Task<MassCancelOutcome> CancelOneAsync(string key, string actor)
    {
        var (account, clientOrderId) = GrainKeys.ParseOrder(key);
        try
        {
            var result = await GrainFactory.GetGrainByKey<IOrderGrain>(key).Cancel(actor);
            return new MassCancelOutcome(account, clientOrderId, result.Order, result.Refusal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCancelFailed(logger, ex, key);
            return new MassCancelOutcome(account, clientOrderId, null, new Refusal("CANCEL_FAILED", $"The cancel could not be sent ({ex.GetType().Name}; details in the platform's log); run the cancel again."));
        }
    }

    public Task ApplyGlobalMode(TradingMode mode, string? reason)
    {
        _globalMode = mode;
        _globalReason = reason;
        ApplyEffectiveModes(clock.UtcNow, manual: false);
        return Task.CompletedTask;
    }

    public async Task ApplyStrategySettings(StrategySettings settings)
    {
        state.State.Strategies[settings.Strategy] = settings;
        if (_strategyBooks.TryGetValue(settings.Strategy, out var book))
        {
            book.SetLimits(settings.Limits.ToKernel(), clock.UtcNow);
            RegisterProfiles(book, settings.Limits);
        }
        else
        {
            book = NewBook(RiskScope.Strategy, settings.Limits, clock.UtcNow, null);
            _strategyBooks[settings.Strategy] = book;
            foreach (var ((strategy, instrument, side), quantity) in _openByStrategy)
            {
                if (strategy == settings.Strategy)
                {
                    SetOpenOrders(strategy, instrument);
                }
            }
        }

        ApplyEffectiveModes(clock.UtcNow, manual: false);
        await WriteStateAsync();
    }

    public Task<RiskSnapshot> GetRiskSnapshot() => Task.FromResult(Snapshot("account:" + _account.Value, _book, state.State.Limits, EffectiveMode, EffectiveReason, _open.Count));

    public Task<RiskSnapshot> GetStrategyRiskSnapshot(StrategyId strategy)
    {
        if (!_strategyBooks.TryGetValue(strategy, out var book) || !state.State.Strategies.TryGetValue(strategy, out var settings))
        {
            throw new KeyNotFoundException($"Strategy {strategy} is not registered for account {_account}.");
        }

        var openCount = _open.Values.Count(o => o.Strategy == strategy);
        return Task.FromResult(Snapshot($"strategy:{strategy.Value}@{_account.Value}", book, settings.Limits, book.TradingState.ToMode(), settings.ModeReason, openCount));
    }

    public async Task<OrderPage> ListOrders(OrderQuery query)
    {
        var page = await journal.QueryAsync(Stream, new EntityQuery(
            query.Instrument?.Value,
            query.Strategy?.Value,
            query.Statuses.IsDefaultOrEmpty ? null : [.. query.Statuses.Select(s => s.ToString())],
            query.OpenOnly,
            Math.Clamp(query.PageSize, 1, 1000),
            query.PageToken));
        return new OrderPage([.. page.Entities.Select(e => OrderJournalEntry.Read(serializer, e.Payload).View)], page.NextPageToken);
    }

    public async Task<IReadOnlyList<OrderEvent>> ReadOrderEvents(long afterSequence, int maxCount)
    {
        var events = await journal.ReadAsync(Stream, afterSequence, Math.Clamp(maxCount, 1, 10_000));
        return [.. events.Select(e => serializer.Deserialize<OrderEvent>(e.Payload.ToArray())!)];
    }

    public async Task<IReadOnlyList<PositionView>> ListPositions()
    {
        var views = await Task.WhenAll(_positions.Keys.OrderBy(i => i)
            .Select(i => GrainFactory.GetGrainByKey<IPositionGrain>(GrainKeys.Position(_account, i)).Get()));
        return views;
    }

    private Refusal? Refuse(SubmitOrderRequest request)
    {
        if (state.State.Definition is null)
        {
            return new Refusal("ACCOUNT_NOT_FOUND", $"Account {_account} does not exist; an operator must open it first.", RefusalKind.NotFound);
        }

        if (_pipeline.Broken)
        {
            DeactivateOnIdle();
            return new Refusal("ACCOUNT_UNAVAILABLE", $"Account {_account} is reloading after a storage failure; retry shortly.");
        }

        if (!state.State.Strategies.TryGetValue(request.Strategy, out var strategy))
        {
            return new Refusal("STRATEGY_NOT_REGISTERED", $"Strategy {request.Strategy} is not registered to trade account {_account}.");
        }

        if (!strategy.Enabled)
        {
            return new Refusal("STRATEGY_DISABLED", $"Strategy {request.Strategy} is disabled.");
        }

        return instruments.Find(request.Instrument) is null
            ? new Refusal("UNKNOWN_INSTRUMENT", $"instrument_id: {request.Instrument} is not a known instrument.", RefusalKind.InvalidArgument)
            : null;
    }

    private static OrderCandidate Candidate(SubmitOrderRequest request, Quantity quantity) => new(
        request.Instrument,
        request.Strategy,
        request.Side,
        quantity,
        request.Type switch
        {
            OrderType.Limit or OrderType.StopLimit => request.LimitPrice,
            OrderType.Stop => request.StopPrice,
            _ => null,
        });

    private KillSwitchState KillSwitch => _globalMode == TradingMode.Halted ? KillSwitchState.Engaged : KillSwitchState.Released;

    private TradingMode EffectiveMode => _book.TradingState.ToMode();

    private string? EffectiveReason => _globalMode != TradingMode.Active && RiskSettingsMapping.Strictest(_globalMode, state.State.Mode) == _globalMode
        ? "global: " + _globalReason
        : _book.RestrictedByDrawdown ? "daily drawdown limit breached" : state.State.ModeReason;

    private void ApplyEffectiveModes(UnixNanos now, bool manual)
    {
        var drawdown = _book.RestrictedByDrawdown && !manual ? _book.TradingState.ToMode() : TradingMode.Active;
        var target = RiskSettingsMapping.Strictest(RiskSettingsMapping.Strictest(state.State.Mode, _globalMode), drawdown);
        if (manual || target != _book.TradingState.ToMode())
        {
            _book.SetTradingState(target.ToKernel(), now);
        }

        foreach (var (strategy, book) in _strategyBooks)
        {
            var settings = state.State.Strategies[strategy];
            var strategyTarget = settings.Enabled ? RiskSettingsMapping.Strictest(settings.Mode, _globalMode) : TradingMode.Halted;
            if (strategyTarget != book.TradingState.ToMode())
            {
                book.SetTradingState(strategyTarget.ToKernel(), now);
            }
        }
    }

    private RiskBook NewBook(RiskScope scope, RiskLimitSettings limits, UnixNanos now, DrawdownSnapshot? drawdown)
    {
        var bookState = drawdown is null
            ? null
            : new RiskBookState(TradingState.Active, drawdown.RestrictedByDrawdown, new DrawdownState(drawdown.TradingDay, drawdown.HighWaterMark, drawdown.Equity, drawdown.HasSession, drawdown.Breached));
        var book = new RiskBook(scope, limits.ToKernel(), now, bookState);
        RegisterProfiles(book, limits);
        return book;
    }

    private void RegisterProfiles(RiskBook book, RiskLimitSettings limits)
    {
        foreach (var instrument in instruments.All)
        {
            book.Register(limits.Profile(instrument));
        }
    }

    private void ApplyFill(OrderView order, OrderFillView fillView)
    {
        if (instruments.Find(order.Instrument) is not { } instrument)
        {
            return;
        }

        if (!_positions.TryGetValue(order.Instrument, out var position))
        {
            position = Position.Open(instrument, _account, memory: GrainPositions.FillIds);
            _positions[order.Instrument] = position;
        }

        var applied = position.Apply(new Fill(fillView.FillId, order.Account, order.Strategy, order.Instrument, order.ClientOrderId,
            order.Side, fillView.Quantity, fillView.Price, fillView.Commission, fillView.TsEvent, fillView.TsEvent));
        if (!applied.IsDuplicate)
        {
            _book.OnFill(order.Instrument, order.Side, fillView.Quantity);
            if (_strategyBooks.TryGetValue(order.Strategy, out var strategyBook))
            {
                strategyBook.OnFill(order.Instrument, order.Side, fillView.Quantity);
            }
        }
    }

    /// <summary>Changes the reserved (leaves) quantity and re-states it to the books, which fills may have moved.</summary>
    private void AddOpen(StrategyId strategy, InstrumentId instrument, OrderSide side, decimal delta)
    {
        _openByInstrument[(instrument, side)] = Math.Max(0m, _openByInstrument.GetValueOrDefault((instrument, side)) + delta);
        _openByStrategy[(strategy, instrument, side)] = Math.Max(0m, _openByStrategy.GetValueOrDefault((strategy, instrument, side)) + delta);
        SetOpenOrders(strategy, instrument);
    }

    private void SetOpenOrders(StrategyId strategy, InstrumentId instrument)
    {
        _book.SetOpenOrders(instrument,
            new Quantity(_openByInstrument.GetValueOrDefault((instrument, OrderSide.Buy))),
            new Quantity(_openByInstrument.GetValueOrDefault((instrument, OrderSide.Sell))));
        if (_strategyBooks.TryGetValue(strategy, out var book))
        {
            book.SetOpenOrders(instrument,
                new Quantity(_openByStrategy.GetValueOrDefault((strategy, instrument, OrderSide.Buy))),
                new Quantity(_openByStrategy.GetValueOrDefault((strategy, instrument, OrderSide.Sell))));
        }
    }

    /// <summary>Re-marks positions at the latest prices and updates equity and drawdown; a breach restricts trading.</summary>
    private EquityUpdate? Remark(UnixNanos now)
    {
        if (state.State.Definition is not { } definition)
        {
            return null;
        }

        var equity = definition.StartingCash;
        foreach (var (instrument, position) in _positions)
        {
            if (position.Currency != definition.Currency)
            {
                continue;
            }

            equity += position.RealisedPnlNet;
            if (prices.Last(instrument) is { } mark)
            {
                _book.UpdateLastPrice(instrument, mark);
                equity += position.UnrealisedPnl(mark);
            }
        }

        var update = _book.UpdateEquity(equity, now);
        if (update.StateChange is { } change)
        {
            LogDrawdownRestriction(logger, _account, change.To, update.Drawdown);
        }

        return update;
    }

    private async Task MarkAsync(CancellationToken cancellationToken)
    {
        if (Remark(clock.UtcNow) is { StateChange: not null })
        {
            await SnapshotAsync();
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var key in _open.Keys.ToList())
        {
            try
            {
                await GrainFactory.GetGrainByKey<IOrderGrain>(key).Repair();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRepairFailed(logger, ex, key);
            }
        }
    }

    /// <summary>
    /// Wakes every order that has waited for its venue longer than <see cref="OrderRecoveryOptions.UnansweredAfter"/>
    /// with nothing journaled since — admitted and never answered, or with a cancel or replace never answered: its
    /// activation may have ended mid-conversation (its silo died while this account lived on), and nothing else would
    /// call it again. Woken (<see cref="IOrderGrain.Repair"/>), it continues from its journal entry and settles with the
    /// venue: sent if the venue never got it, brought up to date from the venue's answer otherwise. An order whose
    /// activation lives is merely asked to re-send anything unconfirmed.
    /// </summary>
    private async Task SweepUnansweredAsync(CancellationToken cancellationToken)
    {
        var before = clock.UtcNow.Add(-recovery.UnansweredAfter).Value;
        var unanswered = _open
            .Where(o => o.Value.AwaitingVenueSince(before) && !_unrecoverable.Contains(o.Key))
            .Select(o => o.Key)
            .ToList();
        foreach (var chunk in unanswered.Chunk(MassCancelConcurrency))
        {
            await Task.WhenAll(chunk.Select(WakeAsync));
        }
    }

    private async Task WakeAsync(string key)
    {
        try
        {
            LogWakingUnanswered(logger, key, _account);
            if (await GrainFactory.GetGrainByKey<IOrderGrain>(key).Repair() is null && _open.ContainsKey(key))
            {
                // it cannot be rebuilt from its journal entry (its instrument left the catalog, say): asking again every
                // sweep would only repeat the warning; it keeps its reservation until an operator resolves it
                _unrecoverable.Add(key);
                LogUnrecoverableOrder(logger, key, _account);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRepairFailed(logger, ex, key);
        }
    }

    /// <summary>
    /// Reads the journal after the snapshot: fills after <paramref name="snapshotSequence"/> update this account's
    /// position copy, and fills after <paramref name="deliveredThrough"/> are handed to their positions again (the
    /// previous activation may have ended before they confirmed them).
    /// </summary>
    private async Task ReplayFillsAsync(long snapshotSequence, long deliveredThrough)
    {
        await foreach (var e in OrderJournal.ReadAsync(journal, serializer, _account, Math.Min(snapshotSequence, deliveredThrough)))
        {
            // the snapshot's chain is as of its own sequence: fills after it continue it (every instrument's, as
            // journaled fills are chained whether or not their instrument is in the catalog now), fills before it
            // (re-sent because unconfirmed) go without, and their position reads the journal
            long? previousFill = e.FillId is not null && e.Sequence > snapshotSequence ? ChainFill(e.Instrument, e.Sequence) : null;
            if (instruments.Find(e.Instrument) is { } instrument && OrderJournal.Fill(e, instrument) is { } fill)
            {
                if (e.Sequence > snapshotSequence)
                {
                    fill = fill with { PreviousFillSequence = previousFill };
                    if (!_positions.TryGetValue(e.Instrument, out var position))
                    {
                        position = Position.Open(instrument, _account, memory: GrainPositions.FillIds);
                        _positions[e.Instrument] = position;
                    }

                    position.Apply(fill.ToFill());
                }

                if (e.Sequence > deliveredThrough)
                {
                    _fills.Add(e.Sequence, fill);
                }
            }

            if (e.Sequence > snapshotSequence)
            {
                _sinceSnapshot++;
            }
        }
    }

    /// <summary>
    /// Each instrument's last journaled fill up to the snapshot, as the snapshot recorded it; a snapshot stored before
    /// fills were chained did not, and the journal up to it is read once to learn it.
    /// </summary>
    private async Task LoadFillChainAsync()
    {
        if (state.State.LastFillSequences is { } chain)
        {
            foreach (var (instrument, sequence) in chain)
            {
                _lastFillSequences[instrument] = sequence;
            }

            return;
        }

        if (state.State.SnapshotSequence == 0)
        {
            return; // nothing before the snapshot: replaying the journal after it chains every fill
        }

        await foreach (var e in OrderJournal.ReadAsync(journal, serializer, _account, 0))
        {
            if (e.Sequence > state.State.SnapshotSequence)
            {
                break;
            }

            if (e.FillId is not null)
            {
                _lastFillSequences[e.Instrument] = e.Sequence;
            }
        }
    }

    private async Task LoadOpenOrdersAsync()
    {
        string? token = null;
        do
        {
            var page = await journal.QueryAsync(Stream, new EntityQuery(OpenOnly: true, PageSize: 1000, PageToken: token));
            foreach (var row in page.Entities)
            {
                var view = OrderJournalEntry.Read(serializer, row.Payload).View;
                _open[row.Entity] = new OpenOrder(view.Instrument, view.Strategy, view.Side, view.LeavesQuantity, row.LastEntityNumber, row.CreatedNanos)
                {
                    Status = view.Status,
                    ChangedNanos = view.UpdatedAt.Value,
                };
                _openByInstrument[(view.Instrument, view.Side)] = _openByInstrument.GetValueOrDefault((view.Instrument, view.Side)) + view.LeavesQuantity.Value;
                _openByStrategy[(view.Strategy, view.Instrument, view.Side)] = _openByStrategy.GetValueOrDefault((view.Strategy, view.Instrument, view.Side)) + view.LeavesQuantity.Value;
            }

            token = page.NextPageToken;
        }
        while (token is not null);

        foreach (var (strategy, instrument, _) in _openByStrategy.Keys.ToList())
        {
            SetOpenOrders(strategy, instrument);
        }
    }

    private JournalEntity Entity(string key, OrderView order, OrderRecord? record) => new(
        Stream, key, order.CreatedAt.Value, order.Instrument.Value, order.Strategy.Value, order.Status.ToString(), order.IsOpen, order.Version,
        record is null ? serializer.SerializeToArray(order) : OrderJournalEntry.Write(serializer, record));

    private OrderEvent ToEvent(long sequence, OrderChange change, OrderView order) => new(
        sequence,
        order.Account,
        order.ClientOrderId,
        change.Version,
        change.Kind,
        change.Status,
        order.FilledQuantity,
        order.LeavesQuantity,
        change.Fill?.Quantity,
        change.Fill?.Price,
        change.Text,
        change.TsEvent,
        order.Instrument,
        order.Strategy,
        order.Side,
        change.Fill?.FillId,
        change.Fill?.Commission);

    /// <summary>
    /// Stores the positions and drawdown as of the journal's last sequence, so activation replays only what came after.
    /// Both are taken at once, but they include events still on their way to the journal (this grain is reentrant):
    /// the snapshot is stored only once the journal holds every event up to its sequence, and not at all if that
    /// append fails — a snapshot ahead of its journal would count fills the journal never got and hide the sequence
    /// numbers reused after the reload.
    /// </summary>
    private async Task SnapshotAsync()
    {
        var sequence = _pipeline.LastSequence;
        var positions = _positions.ToDictionary(p => p.Key, p => new PositionFigures
        {
            NetQuantity = p.Value.NetQuantity,
            OpenCost = p.Value.OpenCost,
            RealisedPnlGross = p.Value.RealisedPnlGross,
            Commissions = p.Value.Commissions,
        });
        var lastFillSequences = new Dictionary<InstrumentId, long>(_lastFillSequences);
        var drawdown = _book.Drawdown.State;
        var deliveredThrough = _fills.DeliveredThrough(sequence);
        var drawdownSnapshot = new DrawdownSnapshot(drawdown.TradingDay, drawdown.HighWaterMark, drawdown.Equity, drawdown.HasSession, drawdown.Breached, _book.RestrictedByDrawdown);
        _sinceSnapshot = 0;
        try
        {
            await _pipeline.CommitAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSnapshotSkipped(logger, ex, _account, sequence);
            return;
        }

        if (sequence < state.State.SnapshotSequence)
        {
            return; // a later snapshot was stored while this one waited for the journal
        }

        state.State.SnapshotSequence = sequence;
        state.State.FillsDeliveredThrough = deliveredThrough;
        state.State.Positions = positions;
        state.State.LastFillSequences = lastFillSequences;
        state.State.Drawdown = drawdownSnapshot;
        await WriteStateAsync();
    }

    /// <summary>Serialises state writes: this grain is reentrant, and two overlapping writes of one state would conflict.</summary>
    private Task WriteStateAsync()
    {
        state.State.UpdatedAt = clock.UtcNow;
        _stateWrite = WriteAfter(_stateWrite);
        return _stateWrite;

        async Task WriteAfter(Task previous)
        {
            try
            {
                await previous;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStateWriteFailed(logger, ex, _account);
            }

            await state.WriteStateAsync();
        }
    }

    private RiskSnapshot Snapshot(string scope, RiskBook book, RiskLimitSettings limits, TradingMode mode, string? reason, int openOrders)
    {
        var net = 0m;
        var positionLimits = ImmutableArray.CreateBuilder<LimitUtilisation>();
        foreach (var (instrument, position) in _positions)
        {
            if (prices.Last(instrument) is { } mark)
            {
                net += position.MarkValue(mark);
            }

            var max = limits.MaxPositionByInstrument?.GetValueOrDefault(instrument).Value is > 0m and var specific ? specific : limits.MaxPositionPerInstrument?.Value;
            if (max is { } maximum)
            {
                positionLimits.Add(Utilisation("max_position", Math.Abs(position.NetQuantity), maximum, instrument));
            }
        }

        var drawdown = book.Drawdown.Drawdown;
        var utilisation = positionLimits;
        if (limits.MaxGrossNotional is { } gross)
        {
            utilisation.Add(Utilisation("max_gross_notional", book.GrossNotional, gross));
        }

        if (limits.MaxDailyDrawdown is { } maxDrawdown)
        {
            utilisation.Add(Utilisation("max_daily_drawdown", drawdown, maxDrawdown));
        }

        if (book.MarginAllowance is { } allowance)
        {
            utilisation.Add(Utilisation("max_margin_utilisation", book.MarginUsed, allowance));
        }

        return new RiskSnapshot(
            scope,
            Currency,
            mode,
            reason,
            book.GrossNotional,
            net,
            book.Equity,
            book.Drawdown.State.HighWaterMark,
            drawdown,
            book.MarginUsed,
            book.Equity > 0m ? Math.Round(book.MarginUsed / book.Equity, 6) : null,
            utilisation.ToImmutable(),
            openOrders,
            clock.UtcNow);
    }

    private static LimitUtilisation Utilisation(string limit, decimal used, decimal maximum, InstrumentId? instrument = null) =>
        new(limit, used, maximum, maximum == 0m ? 0m : Math.Round(used / maximum, 6), instrument);

    private CommandResult NotOpen() =>
        CommandResult.Refused("ACCOUNT_NOT_FOUND", $"Account {_account} does not exist; an operator must open it first.", RefusalKind.NotFound);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Account} opened by {Actor}")]
    private static partial void LogOpened(ILogger logger, AccountId account, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account}: limits changed by {Actor}")]
    private static partial void LogLimitsChanged(ILogger logger, AccountId account, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account}: trading mode set to {Mode} by {Actor}: {Reason}")]
    private static partial void LogModeChanged(ILogger logger, AccountId account, TradingMode mode, string actor, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {Account}: daily drawdown {Drawdown} breached the limit; trading is now {State}")]
    private static partial void LogDrawdownRestriction(ILogger logger, AccountId account, TradingState state, decimal drawdown);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {Account}: order journal commit failed; the account reloads")]
    private static partial void LogJournalFailed(ILogger logger, Exception exception, AccountId account);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Account {Account}: order event notification not published")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, AccountId account);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mass cancel: the cancel of order {Order} could not be sent")]
    private static partial void LogCancelFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mass cancel of {Count} open orders on account {Account} by {Actor} ({Filter})")]
    private static partial void LogMassCancel(ILogger logger, int count, AccountId account, string actor, OpenOrderFilter filter);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {Order} of account {Account} cannot be rebuilt from its journal entry; it holds its risk reservation until an operator resolves it")]
    private static partial void LogUnrecoverableOrder(ILogger logger, string order, AccountId account);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order} of account {Account} has waited for its venue with nothing journaled since; waking it")]
    private static partial void LogWakingUnanswered(ILogger logger, string order, AccountId account);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account}: snapshot at sequence {Sequence} not stored, its journal append failed; the account reloads from the previous snapshot")]
    private static partial void LogSnapshotSkipped(ILogger logger, Exception exception, AccountId account, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery of order {Order} failed; the next activation retries")]
    private static partial void LogRepairFailed(ILogger logger, Exception exception, string order);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order}: a copy of the order re-sent journaled versions (through {Version}) with different content; refused, the copy reloads from the journal")]
    private static partial void LogStaleOrderCopy(ILogger logger, string order, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {Account}: state write failed")]
    private static partial void LogStateWriteFailed(ILogger logger, Exception exception, AccountId account);
}
