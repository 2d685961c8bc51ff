using System.Text;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.VenueSimulator.Conformance;

/// <summary>
/// The application side the FIX acceptance scripts expect: echoes every NewOrderSingle back unchanged (except a
/// PossResend=Y one whose ClOrdID was already seen on the session, which is dropped), echoes SecurityDefinition and
/// QuoteRequest, echoes a News whose Headline starts with <c>echo:</c> (without that prefix), answers an XMLnonFIX with a
/// News, accepts TradeCaptureReportRequest silently and rejects any other application message as unsupported.
/// Echoes carry the received body fields in tag order, repeating groups kept whole.
/// </summary>
public sealed class ReflectorApplication : IFixApplication
{
    private readonly Dictionary<FixSessionId, HashSet<string>> _seenClOrdIds = [];
    private readonly FixMessageBuilder _reply = new();
    private readonly Lock _lock = new();

    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            switch (message.MsgType)
            {
                case FixMsgTypes.NewOrderSingle:
                    if (IsRepeatedPossResend(session.Id, message))
                    {
                        return ApplicationMessageResult.Accepted;
                    }

                    Echo(session, message, headline: null);
                    return ApplicationMessageResult.Accepted;
                case FixMsgTypes.SecurityDefinition or FixMsgTypes.QuoteRequest:
                    Echo(session, message, headline: null);
                    return ApplicationMessageResult.Accepted;
                case FixMsgTypes.News:
                    var headline = message.GetString(FixTags.Headline) ?? string.Empty;
                    if (headline.StartsWith("echo:", StringComparison.Ordinal))
                    {
                        Echo(session, message, headline["echo:".Length..].TrimStart());
                    }

                    return ApplicationMessageResult.Accepted;
                case FixMsgTypes.XmlNonFix:
                    _reply.Reset(FixMsgTypes.News).Add(FixTags.Headline, $"Successfully received 'n' message with seqNo={message.MsgSeqNum}");
                    session.Send(_reply);
                    return ApplicationMessageResult.Accepted;
                case FixMsgTypes.TradeCaptureReportRequest:
                    return ApplicationMessageResult.Accepted;
                default:
                    return ApplicationMessageResult.UnsupportedMessageType;
            }
        }
    }

    public void OnLogon(FixSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_lock)
        {
            _seenClOrdIds.Remove(session.Id);
        }
    }

    private bool IsRepeatedPossResend(FixSessionId sessionId, FixMessage message)
    {
        if (!_seenClOrdIds.TryGetValue(sessionId, out var seen))
        {
            _seenClOrdIds[sessionId] = seen = [];
        }

        var clOrdId = message.GetString(FixTags.ClOrdId) ?? string.Empty;
        return !seen.Add(clOrdId) && message.IsFlagSet(FixTags.PossResend);
    }

    private void Echo(FixSession session, FixMessage message, string? headline)
    {
        _reply.Reset(message.MsgTypeBytes);
        var body = new List<int>();
        var last = message.FieldCount - 1;
        for (var i = 3; i < last; i++)
        {
            var field = message[i];
            if (field.Depth != 0 || field.Tag is FixTags.SignatureLength or FixTags.Signature)
            {
                continue;
            }

            if (FixHeaderTags.IsHeader(field.Tag))
            {
                _reply.AddFrom(message, i);
            }
            else
            {
                body.Add(i);
            }
        }

        foreach (var index in body.OrderBy(i => message[i].Tag))
        {
            if (headline is not null && message[index].Tag == FixTags.Headline)
            {
                _reply.Add(FixTags.Headline, Encoding.UTF8.GetBytes(headline));
                continue;
            }

            _reply.AddFrom(message, index);
            for (var member = index + 1; member < message[index].GroupEnd; member++)
            {
                _reply.AddFrom(message, member);
            }
        }

        session.Send(_reply);
    }
}
