using System.Collections.Immutable;
using Orleans.Concurrency;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// One trading account (key: account id): limits, trading mode (kill switch), equity high-water mark and drawdown,
/// margin, the pre-trade risk check, and the account's order journal (a gapless event sequence and an index of
/// its orders by instrument, strategy and status).
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; the same definition again is a no-op, a different one refreshes funds (limits change through <see cref="SetLimits"/>).</summary>
    Task<CommandResult> Open(AccountDefinition definition, string actor);

    /// <summary>
    /// Submits an order of this account: idempotent by client order id like <see cref="IOrderGrain.Submit"/> (the same
    /// request again returns the same order; a different request under a used id is refused), and the same checks. An
    /// order for a venue that answers within the send is admitted, sent and journaled here, without an order grain
    /// unless it rests and something happens to it later; anything else goes to the order's grain.
    /// </summary>
    Task<SubmitOrderResult> Submit(SubmitOrderRequest request);

    /// <summary>
    /// Submits several orders of this account at once, each exactly as <see cref="Submit"/> would, and returns their
    /// results in request order. The orders are independent: one's refusal does not touch another's.
    /// </summary>
    Task<ImmutableArray<SubmitOrderResult>> SubmitMany(ImmutableArray<SubmitOrderRequest> requests);

    /// <summary>Pre-trade risk for a new order; when admitted the order is durably journaled as submitted.</summary>
    Task<AdmissionResult> Admit(OrderAdmission admission);

    /// <summary>
    /// The order as journaled at its latest version, or null when no order was ever admitted under the key. An order
    /// grain with nothing stored of its own (the usual case: the journal is the order's record) continues from it.
    /// </summary>
    Task<JournaledOrder?> FindOrder(string orderKey);

    /// <summary>
    /// Whether an admitted order the venue never received may still be sent now (recovery re-sends such orders while
    /// they are fresh): refused while the account, the order's strategy or the platform is not fully active — a halt or
    /// reduce-only mode is never bypassed by a late send.
    /// </summary>
    Task<Refusal?> CheckResend(OrleansTrading.Domain.Identifiers.StrategyId strategy);

    /// <summary>Pre-trade risk for changing an open order's terms (a replace is a new risk decision).</summary>
    Task<Refusal?> CheckReplace(OrderView current, SubmitOrderRequest replacement);

    /// <summary>Journals an order's changes (each order version once) and updates exposure from its fills.</summary>
    Task RecordProgress(OrderProgress progress);

    Task<AccountView?> Get();

    Task<CommandResult> SetLimits(RiskLimitSettings limits, string actor);

    Task<CommandResult> SetMode(TradingMode mode, string reason, string actor);

    /// <summary>
    /// Sends a cancel for every order the account counts as open that <paramref name="filter"/> matches (the kill
    /// switch's second half: a halt stops new orders, this pulls the working ones). Orders are cancelled a few at a
    /// time; one order's refusal or failure does not stop the others.
    /// </summary>
    Task<MassCancelResult> CancelOpenOrders(OpenOrderFilter filter, string actor);

    /// <summary>The platform-wide mode changed (global kill switch); applied on top of the account's own mode.</summary>
    [AlwaysInterleave]
    Task ApplyGlobalMode(TradingMode mode, string? reason);

    /// <summary>A strategy registered for this account, or its settings changed (limits, mode, enabled).</summary>
    [AlwaysInterleave]
    Task ApplyStrategySettings(StrategySettings settings);

    Task<RiskSnapshot> GetRiskSnapshot();

    /// <summary>Risk standing of one strategy's activity in this account.</summary>
    Task<RiskSnapshot> GetStrategyRiskSnapshot(OrleansTrading.Domain.Identifiers.StrategyId strategy);

    Task<OrderPage> ListOrders(OrderQuery query);

    /// <summary>Journaled order events after <paramref name="afterSequence"/>, in order; at most <paramref name="maxCount"/>.</summary>
    Task<IReadOnlyList<OrderEvent>> ReadOrderEvents(long afterSequence, int maxCount);

    Task<IReadOnlyList<PositionView>> ListPositions();
}
