using System.Collections.Concurrent;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Grains.Venues;

/// <summary>
/// Which venues answer a send with the order's whole outcome (<see cref="IVenueGatewayGrain.AnswersWithinSend"/>),
/// asked once per venue and silo and remembered: a venue's connector is fixed for the life of the silo that runs it. A
/// hint for choosing who submits an order (the account directly, or the order grain that will wait for reports), not a
/// correctness condition: an order submitted the other way is still settled right, at the cost of a status request.
/// </summary>
public sealed class VenueAnswerModes
{
    private readonly ConcurrentDictionary<VenueId, bool> _known = new();

    public async ValueTask<bool> AnswersWithinSendAsync(IGrainFactory grains, VenueId venue)
    {
        if (_known.TryGetValue(venue, out var answers))
        {
            return answers;
        }

        answers = await grains.GetGrainByKey<IVenueGatewayGrain>(venue.Value).AnswersWithinSend();
        _known[venue] = answers;
        return answers;
    }
}
