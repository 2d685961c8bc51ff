using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.VenueSimulator.Listings;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// The trading mode's FIX application: NewOrderSingle, OrderCancelRequest, OrderCancelReplaceRequest,
/// OrderStatusRequest and OrderMassStatusRequest become venue operations (answered by ExecutionReports and
/// OrderCancelRejects through the <see cref="ReportDispatcher"/>); a message that cannot become a request gets a
/// BusinessMessageReject saying which field is wrong; any other application message gets BusinessMessageReject 3
/// (unsupported message type). Each session's counterparty (its TargetCompID) is one participant of the venue.
/// </summary>
internal sealed class VenueFixApplication(
    VenueOperations venue,
    ReportDispatcher dispatcher,
    SymbolMap symbols,
    IReadOnlyDictionary<FixSessionId, ParticipantId> participants) : IFixApplication
{
    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(message);
        var participant = participants[session.Id];
        try
        {
            var msgType = message.MsgTypeBytes;
            if (msgType.Length == 1)
            {
                switch ((char)msgType[0])
                {
                    case 'D':
                        var order = FixRequestReader.NewOrder(message, participant, symbols);
                        if (message.IsFlagSet(FixTags.PossResend))
                        {
                            venue.SubmitPossibleResend(order, FixCodes.Code(order.Side), session);
                        }
                        else
                        {
                            venue.Submit(order, session);
                        }

                        return ApplicationMessageResult.Accepted;
                    case 'F':
                        venue.Cancel(FixRequestReader.Cancel(message, participant, symbols), session);
                        return ApplicationMessageResult.Accepted;
                    case 'G':
                        venue.Replace(FixRequestReader.Replace(message, participant, symbols), session);
                        return ApplicationMessageResult.Accepted;
                    case 'H':
                        var (request, ordStatusReqId, side) = FixRequestReader.Status(message, participant, symbols);
                        venue.ReportStatus(request, ordStatusReqId, side, session);
                        return ApplicationMessageResult.Accepted;
                }
            }
            else if (msgType.SequenceEqual("AF"u8))
            {
                var (massStatusReqId, instrument, symbol, massSide) = FixRequestReader.MassStatus(message, symbols);
                venue.ReportMassStatus(participant, instrument, symbol, massStatusReqId, massSide, session);
                return ApplicationMessageResult.Accepted;
            }

            return ApplicationMessageResult.UnsupportedMessageType;
        }
        catch (RequestRejectedException rejected)
        {
            return ApplicationMessageResult.Reject(rejected.Reason, rejected.Message);
        }
    }

    public void OnLogon(FixSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        dispatcher.OnLogon(participants[session.Id]);
    }
}
