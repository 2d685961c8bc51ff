using OrleansTrading.Domain.Orders;
using System.Diagnostics.CodeAnalysis;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// The venue: one <see cref="OrderBook"/> per instrument, requests routed by instrument, ClOrdIDs unique per
/// participant across all books, unknown instruments refused. Pure and deterministic like the books, and like them
/// not thread-safe. Operations over several books visit them in instrument id order.
/// Ids: each book uses the prefix <c>{runId}:{instrument}:</c> (just <c>{instrument}:</c> without a run id), so exec ids
/// read <c>run7:AAPL.XNAS:E42</c>; refusals that no book can issue (unknown instrument) use <c>{runId}:*:</c>.
/// </summary>
public sealed class MatchingEngine
{
    private const string VenueScope = "*";
    private readonly SortedDictionary<InstrumentId, OrderBook> _books = [];
    private readonly BookIds _venueIds;

    /// <param name="runId">
    /// Put in front of every id; give a value unique per venue run (e.g. its start time) so that ExecIDs and OrderIDs
    /// never repeat across restarts.
    /// </param>
    public MatchingEngine(IEnumerable<Instrument> instruments, string? runId = null)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        if (runId is not null && Identifier.Check(runId, nameof(runId)) is { } runIdProblem)
        {
            throw new ArgumentException(runIdProblem, nameof(runId));
        }

        var scope = runId is null ? string.Empty : runId + ":";
        foreach (var instrument in instruments)
        {
            ArgumentNullException.ThrowIfNull(instrument, nameof(instruments));
            if (_books.ContainsKey(instrument.Id))
            {
                throw new ArgumentException($"Instrument {instrument.Id} is listed twice; list each instrument once.", nameof(instruments));
            }

            var prefix = scope + instrument.Id + ":";
            if (prefix.Length > OrderBook.MaxIdPrefixLength)
            {
                throw new ArgumentException(
                    $"The id prefix '{prefix}' for {instrument.Id} is {prefix.Length} characters long; at most {OrderBook.MaxIdPrefixLength} are allowed: shorten the run id.",
                    nameof(runId));
            }

            _books.Add(instrument.Id, new OrderBook(instrument, prefix));
        }

        if (_books.Count == 0)
        {
            throw new ArgumentException("A venue needs at least one instrument.", nameof(instruments));
        }

        RunId = runId;
        _venueIds = new BookIds(scope + VenueScope + ":");
    }

    public string? RunId { get; }

    /// <summary>The books, in instrument id order.</summary>
    public IReadOnlyCollection<OrderBook> Books => _books.Values;

    public bool TryGetBook(InstrumentId instrument, [MaybeNullWhen(false)] out OrderBook book) => _books.TryGetValue(instrument, out book);

    public OrderBook Book(InstrumentId instrument) =>
        _books.TryGetValue(instrument, out var book)
            ? book
            : throw new KeyNotFoundException($"This venue does not trade {instrument}; it trades {string.Join(", ", _books.Keys)}.");

    /// <summary>Seeds one instrument's book with a market-maker ladder (see <see cref="OrderBook.SeedLiquidity"/>).</summary>
    public IReadOnlyList<VenueEvent> SeedLiquidity(InstrumentId instrument, LiquidityLadder ladder, UnixNanos now) =>
        Book(instrument).SeedLiquidity(ladder, now);

    public IReadOnlyList<VenueEvent> Submit(NewOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RefuseNewOrder(request, now, out var book) ?? book.Submit(request, now);
    }

    /// <summary>Refuses a new order for a behaviour (see <see cref="OrderBook.RejectOrder"/>); works for unknown instruments too.</summary>
    public IReadOnlyList<VenueEvent> RejectOrder(NewOrderRequest request, OrderRejectReason reason, string text, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return _books.TryGetValue(request.Instrument, out var book)
            ? book.RejectOrder(request, reason, text, now)
            : [RejectAtVenue(request, reason, text, now)];
    }

    /// <summary>Fills a new order outside the book for a behaviour (see <see cref="OrderBook.FillOutsideBook"/>).</summary>
    public IReadOnlyList<VenueEvent> FillOutsideBook(NewOrderRequest request, Price price, int slices, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RefuseNewOrder(request, now, out var book) ?? book.FillOutsideBook(request, price, slices, now);
    }

    public IReadOnlyList<VenueEvent> Cancel(CancelOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RefuseAmendment(CancelRequestKind.Cancel, request.Participant, request.ClientOrderId, request.Instrument, request.OrigClientOrderId, request.VenueOrderId, now, out var book)
            ?? book.Cancel(request, now);
    }

    public IReadOnlyList<VenueEvent> Replace(ReplaceOrderRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RefuseAmendment(CancelRequestKind.Replace, request.Participant, request.ClientOrderId, request.Instrument, request.OrigClientOrderId, request.VenueOrderId, now, out var book)
            ?? book.Replace(request, now);
    }

    public IReadOnlyList<VenueEvent> ReportStatus(OrderStatusRequest request, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _books.TryGetValue(request.Instrument, out var book)
            ? book.ReportStatus(request, now)
            : [new OrderStatusRejected(now, request.Participant, request.Instrument, request.ClientOrderId, request.VenueOrderId, UnknownInstrumentText(request.Instrument))];
    }

    /// <summary>Every open order of <paramref name="participant"/> on every book (instrument order, then oldest first).</summary>
    public IReadOnlyList<VenueEvent> ReportMassStatus(ParticipantId participant, UnixNanos now) =>
        AcrossBooks(book => book.ReportMassStatus(participant, now));

    public IReadOnlyList<VenueEvent> ExpireOrders(UnixNanos now) => AcrossBooks(book => book.ExpireOrders(now));

    public IReadOnlyList<VenueEvent> EndOfDay(UnixNanos now) => AcrossBooks(book => book.EndOfDay(now));

    /// <summary>Open orders across books (instrument order, then oldest first); only <paramref name="participant"/>'s when given.</summary>
    public IReadOnlyList<OrderState> OpenOrders(ParticipantId? participant = null)
    {
        var result = new List<OrderState>();
        foreach (var book in _books.Values)
        {
            result.AddRange(book.OpenOrders(participant));
        }

        return result;
    }

    private IReadOnlyList<VenueEvent>? RefuseNewOrder(NewOrderRequest request, UnixNanos now, out OrderBook book)
    {
        if (!_books.TryGetValue(request.Instrument, out book!))
        {
            return [RejectAtVenue(request, OrderRejectReason.UnknownSymbol, UnknownInstrumentText(request.Instrument), now)];
        }

        return UsedInAnotherBook(book, request.Participant, request.ClientOrderId) is { } other
            ? book.RejectOrder(request, OrderRejectReason.DuplicateOrder, DuplicateText(request.Participant, request.ClientOrderId, other), now)
            : null;
    }

    private IReadOnlyList<VenueEvent>? RefuseAmendment(
        CancelRequestKind kind,
        ParticipantId participant,
        ClientOrderId clientOrderId,
        InstrumentId instrument,
        ClientOrderId? origClientOrderId,
        VenueOrderId? venueOrderId,
        UnixNanos now,
        out OrderBook book)
    {
        CancelRejectReason reason;
        string text;
        if (!_books.TryGetValue(instrument, out book!))
        {
            (reason, text) = (CancelRejectReason.UnknownOrder, UnknownInstrumentText(instrument));
        }
        else if (UsedInAnotherBook(book, participant, clientOrderId) is { } other)
        {
            (reason, text) = (CancelRejectReason.DuplicateClOrdId, DuplicateText(participant, clientOrderId, other));
        }
        else
        {
            return null;
        }

        return [new CancelRejected(now, participant, instrument, clientOrderId, origClientOrderId, venueOrderId, kind, reason, text, null)];
    }

    private InstrumentId? UsedInAnotherBook(OrderBook target, ParticipantId participant, ClientOrderId clientOrderId)
    {
        foreach (var book in _books.Values)
        {
            if (!ReferenceEquals(book, target) && book.IsClientOrderIdInUse(participant, clientOrderId))
            {
                return book.Instrument.Id;
            }
        }

        return null;
    }

    private OrderRejected RejectAtVenue(NewOrderRequest request, OrderRejectReason reason, string text, UnixNanos now)
    {
        var (_, venueOrderId) = _venueIds.NextOrder();
        return new OrderRejected(_venueIds.NextExec(), now, OrderState.ForRejectedRequest(venueOrderId, request, now), reason, text);
    }

    private string UnknownInstrumentText(InstrumentId instrument) =>
        $"This venue does not trade {instrument}; it trades {string.Join(", ", _books.Keys)}.";

    private static string DuplicateText(ParticipantId participant, ClientOrderId clientOrderId, InstrumentId usedOn) =>
        $"ClOrdID '{clientOrderId}' was already used today by {participant} (on {usedOn}); every order and request needs a new one.";

    private List<VenueEvent> AcrossBooks(Func<OrderBook, IReadOnlyList<VenueEvent>> operation)
    {
        var events = new List<VenueEvent>();
        foreach (var book in _books.Values)
        {
            events.AddRange(operation(book));
        }

        return events;
    }
}
