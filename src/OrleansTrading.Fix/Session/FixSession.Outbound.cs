using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;

namespace OrleansTrading.Fix.Session;

/// <summary>Outbound messages: new messages (stored, then written), Logon/Logout/Reject, and resends with gap fills.</summary>
public sealed partial class FixSession
{
    private static readonly (int From, int To)[] _reverseRoutes =
    [
        (FixTags.OnBehalfOfCompId, FixTags.DeliverToCompId), (FixTags.DeliverToCompId, FixTags.OnBehalfOfCompId),
        (FixTags.OnBehalfOfSubId, FixTags.DeliverToSubId), (FixTags.DeliverToSubId, FixTags.OnBehalfOfSubId),
        (FixTags.OnBehalfOfLocationId, FixTags.DeliverToLocationId), (FixTags.DeliverToLocationId, FixTags.OnBehalfOfLocationId),
        (FixTags.SenderSubId, FixTags.TargetSubId), (FixTags.TargetSubId, FixTags.SenderSubId),
        (FixTags.SenderLocationId, FixTags.TargetLocationId), (FixTags.TargetLocationId, FixTags.SenderLocationId),
    ];

    /// <summary>Stamps the next MsgSeqNum, persists the message with it (one atomic store record), then writes it.</summary>
    private void SendNew(FixMessageBuilder message)
    {
        var seqNum = _store.NextSenderSeqNum;
        var bytes = Encode(message, seqNum, isResend: false);
        _store.StoreSent(seqNum, bytes);
        Write(bytes);
    }

    private ReadOnlySpan<byte> Encode(FixMessageBuilder message, int seqNum, bool isResend)
    {
        var envelope = new FixEnvelope(_beginString, _senderCompId, _targetCompId, seqNum, _time.GetUtcNow().UtcDateTime, Settings.TimestampPrecision, isResend);
        var maxLength = FixEncoder.MaxEncodedLength(message, envelope);
        if (_sendBuffer.Length < maxLength)
        {
            _sendBuffer = new byte[Math.Max(maxLength, _sendBuffer.Length * 2)];
        }

        return _sendBuffer.AsSpan(0, FixEncoder.Encode(message, envelope, _sendBuffer));
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _log.OnOutgoing(bytes);
        _connection?.Send(bytes);
        _lastSent = _time.GetUtcNow();
    }

    private void SendLogon()
    {
        _admin.Reset(FixMsgTypes.Logon).Add(FixTags.EncryptMethod, 0).Add(FixTags.HeartBtInt, Settings.HeartBtInt);
        if (Settings.ResetOnLogon)
        {
            ResetStore();
            _admin.Add(FixTags.ResetSeqNumFlag, true);
            _sentReset = true;
        }

        _application.OnSendingLogon(this, _admin);
        SendNew(_admin);
        _logonSent = true;
        _logonSentAt = _time.GetUtcNow();
    }

    private void SendLogout(string? text)
    {
        _admin.Reset(FixMsgTypes.Logout);
        if (!string.IsNullOrEmpty(text))
        {
            _admin.Add(FixTags.Text, text);
        }

        SendNew(_admin);
        _logoutSent = true;
        _logoutSentAt = _time.GetUtcNow();
    }

    private void SendReject(FixMessage message, SessionRejectReason reason, int refTagId, string? text = null)
    {
        if (!_logonReceived)
        {
            Disconnect($"Cannot reject before logon ({SessionRejectReasonText.For(reason)}, tag {refTagId})");
            return;
        }

        var msgType = message.MsgTypeBytes;
        _admin.Reset(FixMsgTypes.Reject);
        AddReverseRoute(message, _admin);
        if (message.TryGetValue(FixTags.MsgSeqNum, out var refSeqNum) && !refSeqNum.IsEmpty)
        {
            _admin.Add(FixTags.RefSeqNum, refSeqNum);
        }

        _admin.Add(FixTags.Text, text ?? SessionRejectReasonText.For(reason));
        if (refTagId != 0 || reason == SessionRejectReason.InvalidTagNumber)
        {
            _admin.Add(FixTags.RefTagId, refTagId);
        }

        if (!msgType.IsEmpty)
        {
            _admin.Add(FixTags.RefMsgType, msgType);
        }

        _admin.Add(FixTags.SessionRejectReason, (int)reason);
        if (!IsType(msgType, 'A') && !IsType(msgType, '4') && message.MsgSeqNum == ExpectedTarget)
        {
            IncrementTarget();
        }

        _log.OnEvent($"Rejecting message {message.MsgSeqNum}: {text ?? SessionRejectReasonText.For(reason)} (tag {refTagId})");
        SendNew(_admin);
    }

    private void SendBusinessReject(FixMessage message, BusinessRejectReason reason, string text, int refTagId)
    {
        _admin.Reset(FixMsgTypes.BusinessMessageReject);
        AddReverseRoute(message, _admin);
        if (message.TryGetValue(FixTags.MsgSeqNum, out var refSeqNum))
        {
            _admin.Add(FixTags.RefSeqNum, refSeqNum);
        }

        _admin.Add(FixTags.Text, text);
        if (refTagId != 0)
        {
            _admin.Add(FixTags.RefTagId, refTagId);
        }

        _admin.Add(FixTags.RefMsgType, message.MsgTypeBytes).Add(FixTags.BusinessRejectReason, (int)reason);
        SendNew(_admin);
    }

    private static void AddReverseRoute(FixMessage message, FixMessageBuilder reply)
    {
        foreach (var (from, to) in _reverseRoutes)
        {
            if (message.TryGetValue(from, out var value) && !value.IsEmpty)
            {
                reply.Add(to, value);
            }
        }
    }

    /// <summary>Answers a ResendRequest: stored application messages again with PossDupFlag=Y and OrigSendingTime; admin messages and gaps as SequenceReset-GapFill.</summary>
    private void Resend(int begin, int end)
    {
        var next = _store.NextSenderSeqNum;
        if (end == 0 || end >= next)
        {
            end = next - 1;
        }

        if (begin < 1 || begin > end)
        {
            _log.OnEvent($"ResendRequest for {begin}..{end} covers nothing we sent (next is {next})");
            return;
        }

        _log.OnEvent($"Resending {begin}..{end}");
        var stored = new List<Store.StoredMessage>();
        _store.GetSent(begin, end, stored);
        var gapStart = 0;
        var index = 0;
        for (var seqNum = begin; seqNum <= end; seqNum++)
        {
            while (index < stored.Count && stored[index].SeqNum < seqNum)
            {
                index++;
            }

            var resent = index < stored.Count && stored[index].SeqNum == seqNum && TryResend(stored[index].Message, seqNum, gapStart);
            if (resent)
            {
                gapStart = 0;
            }
            else if (gapStart == 0)
            {
                gapStart = seqNum;
            }
        }

        if (gapStart != 0)
        {
            SendGapFill(gapStart, end + 1);
        }
    }

    private bool TryResend(byte[] bytes, int seqNum, int pendingGapStart)
    {
        if (FixParser.Parse(bytes, _stored, _dataFieldPairs) != FixParseStatus.Ok || _stored.IsAdmin || !_application.OnResending(this, _stored))
        {
            return false;
        }

        if (pendingGapStart != 0)
        {
            SendGapFill(pendingGapStart, seqNum);
        }

        _resend.Reset(_stored.MsgTypeBytes);
        var last = _stored.FieldCount - 1;
        for (var i = 3; i < last; i++)
        {
            var tag = _stored[i].Tag;
            if (tag is not (FixTags.MsgSeqNum or FixTags.SenderCompId or FixTags.TargetCompId or FixTags.SendingTime
                or FixTags.PossDupFlag or FixTags.OrigSendingTime))
            {
                _resend.AddFrom(_stored, i);
            }
        }

        _resend.Add(FixTags.PossDupFlag, true).Add(FixTags.OrigSendingTime, _stored.GetValueOrEmpty(FixTags.SendingTime));
        Write(Encode(_resend, seqNum, isResend: true));
        return true;
    }

    private void SendGapFill(int seqNum, int newSeqNo)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        _resend.Reset(FixMsgTypes.SequenceReset)
            .Add(FixTags.PossDupFlag, true)
            .AddTimestamp(FixTags.OrigSendingTime, now, Settings.TimestampPrecision)
            .Add(FixTags.NewSeqNo, newSeqNo)
            .Add(FixTags.GapFillFlag, true);
        Write(Encode(_resend, seqNum, isResend: true));
    }
}
