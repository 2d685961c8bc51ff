using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Grains.Venues;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Grains.Tests.Cluster;

/// <summary>
/// The paper venue behind a connection that can be made to fail: each armed failure makes the next call of that kind
/// throw before it reaches the venue, as a dropped connection would. Registered as venue <see cref="Id"/> in the test
/// cluster; orders sent to it rest and fill at the silo's paper venue. Cancels can be refused unsent instead.
/// </summary>
public sealed class FlakyVenue(PaperVenue venue) : IVenueConnector
{
    public const string Id = "FLAKY";

    private int _failSends;
    private int _failStatus;
    private int _statusRequests;
    private int _refuseCancels;
    private int _failCancels;
    private int _swallowCancels;

    public string Kind => "paper (flaky connection)";

    public bool Connected => true;

    public bool AnswersWithinSend => venue.AnswersWithinSend;

    public int OpenOrders => venue.OpenOrders;

    /// <summary>Status requests received (failed or not).</summary>
    public int StatusRequests => Volatile.Read(ref _statusRequests);

    public void FailNextSends(int count) => Interlocked.Exchange(ref _failSends, count);

    public void FailNextStatusRequests(int count) => Interlocked.Exchange(ref _failStatus, count);

    /// <summary>The next cancels are lost: the call fails and the venue never sees them.</summary>
    public void FailNextCancels(int count) => Interlocked.Exchange(ref _failCancels, count);

    /// <summary>The next cancels are lost without an error: the call says "sent", the venue never sees them.</summary>
    public void SwallowNextCancels(int count) => Interlocked.Exchange(ref _swallowCancels, count);

    /// <summary>The next cancels are refused without being sent, as a gateway that cannot reach the venue refuses them.</summary>
    public void RefuseNextCancels(int count) => Interlocked.Exchange(ref _refuseCancels, count);

    public Task<VenueResponse> SendAsync(VenueOrder order) =>
        TakeFailure(ref _failSends) ? Task.FromException<VenueResponse>(Dropped("send")) : venue.SendAsync(order);

    public Task<VenueResponse> CancelAsync(VenueCancelRequest request)
    {
        if (TakeFailure(ref _failCancels))
        {
            return Task.FromException<VenueResponse>(Dropped("cancel"));
        }

        if (TakeFailure(ref _swallowCancels))
        {
            return Task.FromResult(VenueResponse.Sent);
        }

        return TakeFailure(ref _refuseCancels)
            ? Task.FromResult(VenueResponse.Refused(new Refusal("VENUE_UNREACHABLE", "Injected refusal: the cancel was not sent.")))
            : venue.CancelAsync(request);
    }

    public Task<VenueResponse> ReplaceAsync(VenueReplaceRequest request) => venue.ReplaceAsync(request);

    public Task<VenueResponse> StatusAsync(VenueOrderStatusRequest request)
    {
        Interlocked.Increment(ref _statusRequests);
        return TakeFailure(ref _failStatus) ? Task.FromException<VenueResponse>(Dropped("status request")) : venue.StatusAsync(request);
    }

    private static bool TakeFailure(ref int remaining)
    {
        while (true)
        {
            var current = Volatile.Read(ref remaining);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref remaining, current - 1, current) == current)
            {
                return true;
            }
        }
    }

    private static IOException Dropped(string what) => new($"Injected failure: the connection dropped during the {what}.");
}
