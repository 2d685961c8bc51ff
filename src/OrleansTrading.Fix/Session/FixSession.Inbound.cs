using System.Text;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;

namespace OrleansTrading.Fix.Session;

/// <summary>Inbound processing: header checks, validation, sequence checks and the handler of each session message.</summary>
public sealed partial class FixSession
{
    private void Process(FixMessage message, bool queued)
    {
        var msgType = message.MsgTypeBytes;
        var isLogon = IsType(msgType, 'A');
        if (!_logonReceived && !isLogon && !(IsType(msgType, '5') && _logonSent))
        {
            Disconnect($"The first message was MsgType {Encoding.ASCII.GetString(msgType)}, not a Logon");
            return;
        }

        if (!message.Contains(FixTags.SenderCompId) || !message.Contains(FixTags.TargetCompId))
        {
            SendReject(message, SessionRejectReason.RequiredTagMissing, message.Contains(FixTags.SenderCompId) ? FixTags.TargetCompId : FixTags.SenderCompId);
            if (isLogon)
            {
                Disconnect("Logon without SenderCompID or TargetCompID");
            }
        }
        else if (!message.GetValue(0).SequenceEqual(_beginString))
        {
            if (IsType(msgType, '5'))
            {
                HandleLogout(message);
            }
            else if (!_logonReceived)
            {
                Disconnect($"Incorrect BeginString ({Encoding.ASCII.GetString(message.GetValue(0))})");
            }
            else
            {
                SendLogout($"Incorrect BeginString ({Encoding.ASCII.GetString(message.GetValue(0))})");
                IncrementTarget();
            }
        }
        else if (_validator?.Validate(message) is { IsValid: false } invalid)
        {
            if (isLogon && !_logonReceived)
            {
                Disconnect($"Invalid Logon: {invalid.Text ?? SessionRejectReasonText.For(invalid.Reason!.Value)} (tag {invalid.RefTagId})");
            }
            else
            {
                SendReject(message, invalid.Reason!.Value, invalid.RefTagId, invalid.Text);
            }
        }
        else
        {
            Dispatch(message, msgType);
        }

        if (!queued && _connection is not null)
        {
            ProcessQueue();
        }
    }

    private void Dispatch(FixMessage message, ReadOnlySpan<byte> msgType)
    {
        if (msgType.Length == 1)
        {
            switch ((char)msgType[0])
            {
                case 'A':
                    HandleLogon(message);
                    return;
                case '0':
                    if (Verify(message, true, true))
                    {
                        IncrementTarget();
                    }

                    return;
                case '1':
                    HandleTestRequest(message);
                    return;
                case '2':
                    HandleResendRequest(message);
                    return;
                case '3':
                    if (Verify(message, false, true))
                    {
                        IncrementTarget();
                    }

                    return;
                case '4':
                    HandleSequenceReset(message);
                    return;
                case '5':
                    HandleLogout(message);
                    return;
            }
        }

        HandleApplicationMessage(message);
    }

    private void ProcessQueue()
    {
        while (_connection is not null && _queue.Count > 0)
        {
            var expected = ExpectedTarget;
            foreach (var stale in _queue.Keys.Where(k => k < expected).ToList())
            {
                _queue.Remove(stale);
            }

            if (!_queue.Remove(expected, out var bytes))
            {
                return;
            }

            if (FixParser.Parse(bytes, _queued, _dataFieldPairs) != FixParseStatus.Ok)
            {
                continue;
            }

            _log.OnEvent($"Processing queued message {expected}");
            var msgType = _queued.MsgTypeBytes;
            if (IsType(msgType, 'A') || IsType(msgType, '2'))
            {
                IncrementTarget();
                continue;
            }

            _processingQueue = true;
            try
            {
                Process(_queued, queued: true);
            }
            finally
            {
                _processingQueue = false;
            }
        }
    }

    private bool Verify(FixMessage message, bool checkTooHigh, bool checkTooLow)
    {
        var now = _time.GetUtcNow();
        if (Settings.CheckLatency && !IsSendingTimeAccurate(message, now))
        {
            RejectAndLogout(message, SessionRejectReason.SendingTimeAccuracyProblem);
            return false;
        }

        if (!message.GetValueOrEmpty(FixTags.SenderCompId).SequenceEqual(_targetCompId)
            || !message.GetValueOrEmpty(FixTags.TargetCompId).SequenceEqual(_senderCompId))
        {
            RejectAndLogout(message, SessionRejectReason.CompIdProblem);
            return false;
        }

        var seqNum = message.MsgSeqNum;
        if (checkTooHigh && seqNum > ExpectedTarget)
        {
            OnTargetTooHigh(message, seqNum);
            return false;
        }

        if (checkTooLow && seqNum < ExpectedTarget)
        {
            OnTargetTooLow(message, seqNum);
            return false;
        }

        if ((checkTooHigh || checkTooLow) && _resendRange is { } range && seqNum >= range.End)
        {
            _resendRange = null;
        }

        if ((checkTooHigh || checkTooLow) && !_processingQueue && !message.IsFlagSet(FixTags.PossDupFlag))
        {
            // live (not replayed, not queued) traffic: the counterparty's replay for our ResendRequest is over
            _replayInProgress = false;
        }

        _lastReceived = now;
        _testRequestCounter = 0;
        return true;
    }

    private bool IsSendingTimeAccurate(FixMessage message, DateTimeOffset now)
    {
        if (!message.TryGetTimestamp(FixTags.SendingTime, out var sendingTime))
        {
            return false;
        }

        // compare at the precision the counterparty wrote: a SendingTime in whole seconds is compared with our clock truncated to seconds
        var ours = now.UtcDateTime;
        if (sendingTime.Ticks % TimeSpan.TicksPerSecond == 0)
        {
            ours = new DateTime(ours.Ticks - (ours.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }

        return (ours - sendingTime).Duration() <= Settings.MaxLatency;
    }

    private void RejectAndLogout(FixMessage message, SessionRejectReason reason)
    {
        if (!_logonReceived)
        {
            Disconnect($"{SessionRejectReasonText.For(reason)} in Logon");
            return;
        }

        SendReject(message, reason, 0);
        SendLogout(null);
    }

    private void OnTargetTooHigh(FixMessage message, int seqNum)
    {
        _log.OnEvent($"MsgSeqNum too high, expecting {ExpectedTarget} but received {seqNum}");
        _queue.TryAdd(seqNum, message.RawBytes.ToArray());
        if (_resendRange is { } range && seqNum >= range.Begin && !Settings.SendRedundantResendRequests)
        {
            return;
        }

        _admin.Reset(FixMsgTypes.ResendRequest).Add(FixTags.BeginSeqNo, ExpectedTarget).Add(FixTags.EndSeqNo, 0);
        _resendRange = (ExpectedTarget, seqNum - 1);
        _replayInProgress = true;
        SendNew(_admin);
    }

    private void OnTargetTooLow(FixMessage message, int seqNum)
    {
        if (!message.IsFlagSet(FixTags.PossDupFlag))
        {
            var text = $"MsgSeqNum too low, expecting {ExpectedTarget} but received {seqNum}";
            SendLogout(text);
            Disconnect(text);
            return;
        }

        if (IsType(message.MsgTypeBytes, '4'))
        {
            // a replayed gap fill that reaches past what we already have moves us forward with it
            if (_replayInProgress && message.IsFlagSet(FixTags.GapFillFlag)
                && message.TryGetInt(FixTags.NewSeqNo, out var newSeqNo) && newSeqNo > ExpectedTarget)
            {
                _store.SetNextTargetSeqNum(newSeqNo);
            }

            return;
        }

        if (!message.TryGetTimestamp(FixTags.OrigSendingTime, out var origSendingTime))
        {
            SendReject(message, SessionRejectReason.RequiredTagMissing, FixTags.OrigSendingTime);
            return;
        }

        if (message.TryGetTimestamp(FixTags.SendingTime, out var sendingTime) && origSendingTime > sendingTime)
        {
            SendReject(message, SessionRejectReason.SendingTimeAccuracyProblem, 0);
            SendLogout(null);
        }
    }

    private void HandleLogon(FixMessage message)
    {
        var reset = message.IsFlagSet(FixTags.ResetSeqNumFlag);
        if (_logonReceived && !reset)
        {
            Disconnect("Logon received while already logged on");
            return;
        }

        if (Settings.Role == FixSessionRole.Initiator && !_logonSent)
        {
            Disconnect("Logon response received before a Logon was sent");
            return;
        }

        if (reset && !_sentReset)
        {
            ResetStore();
        }
        else if (Settings.Role == FixSessionRole.Acceptor && Settings.ResetOnLogon && !_logonReceived)
        {
            ResetStore();
        }

        if (!Verify(message, false, true))
        {
            return;
        }

        if (Settings.Role == FixSessionRole.Acceptor && _application.ValidateLogon(this, message) is { } refusal)
        {
            SendLogout(refusal);
            Disconnect($"Logon refused: {refusal}");
            return;
        }

        var respond = Settings.Role == FixSessionRole.Acceptor || (reset && !_sentReset);
        if (respond)
        {
            if (!message.TryGetInt(FixTags.HeartBtInt, out var heartBtInt) || heartBtInt < 0)
            {
                Disconnect("Logon without a valid HeartBtInt");
                return;
            }

            _heartBtInt = heartBtInt;
        }

        _logonReceived = true;
        if (respond)
        {
            _admin.Reset(FixMsgTypes.Logon).Add(FixTags.EncryptMethod, 0).Add(FixTags.HeartBtInt, _heartBtInt);
            SendNew(_admin);
            _logonSent = true;
        }

        _sentReset = false;
        _log.OnEvent("Logged on");
        var seqNum = message.MsgSeqNum;
        if (seqNum > ExpectedTarget && !reset)
        {
            OnTargetTooHigh(message, seqNum);
        }
        else
        {
            IncrementTarget();
        }

        _application.OnLogon(this);
    }

    private void HandleTestRequest(FixMessage message)
    {
        if (!Verify(message, true, true))
        {
            return;
        }

        _admin.Reset(FixMsgTypes.Heartbeat);
        if (message.TryGetValue(FixTags.TestReqId, out var testReqId))
        {
            _admin.Add(FixTags.TestReqId, testReqId);
        }

        SendNew(_admin);
        IncrementTarget();
    }

    private void HandleSequenceReset(FixMessage message)
    {
        var gapFill = message.IsFlagSet(FixTags.GapFillFlag);
        if (!Verify(message, gapFill, gapFill))
        {
            return;
        }

        if (!message.TryGetInt(FixTags.NewSeqNo, out var newSeqNo))
        {
            SendReject(message, SessionRejectReason.RequiredTagMissing, FixTags.NewSeqNo);
            return;
        }

        if (newSeqNo > ExpectedTarget)
        {
            _log.OnEvent($"SequenceReset from {ExpectedTarget} to {newSeqNo}");
            _store.SetNextTargetSeqNum(newSeqNo);
        }
        else if (newSeqNo < ExpectedTarget)
        {
            SendReject(message, SessionRejectReason.ValueIsIncorrect, 0);
        }
    }

    private void HandleLogout(FixMessage message)
    {
        if (!Verify(message, false, false))
        {
            return;
        }

        if (!_logoutSent)
        {
            SendLogout(null);
        }

        IncrementTarget();
        if (Settings.ResetOnLogout)
        {
            ResetStore();
        }

        Disconnect("Logout");
    }

    private void HandleResendRequest(FixMessage message)
    {
        if (!Verify(message, false, false))
        {
            return;
        }

        if (!message.TryGetInt(FixTags.BeginSeqNo, out var begin) || !message.TryGetInt(FixTags.EndSeqNo, out var end))
        {
            SendReject(message, SessionRejectReason.RequiredTagMissing, message.Contains(FixTags.BeginSeqNo) ? FixTags.EndSeqNo : FixTags.BeginSeqNo);
            return;
        }

        Resend(begin, end);
        var seqNum = message.MsgSeqNum;
        if (seqNum == ExpectedTarget)
        {
            IncrementTarget();
        }
        else if (seqNum > ExpectedTarget)
        {
            // answered already; when the gap before it fills, it only moves the sequence on
            _queue.TryAdd(seqNum, message.RawBytes.ToArray());
        }
    }

    private void HandleApplicationMessage(FixMessage message)
    {
        if (!Verify(message, true, true))
        {
            return;
        }

        ApplicationMessageResult result;
        try
        {
            result = _application.OnMessage(this, message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _log.OnEvent($"Application failed on message {message.MsgSeqNum}: {e}");
            result = ApplicationMessageResult.Reject(BusinessRejectReason.ApplicationNotAvailable, "Application error");
        }

        IncrementTarget();
        if (result.RejectReason is { } reason)
        {
            SendBusinessReject(message, reason, result.Text ?? reason.ToString(), result.RefTagId);
        }
    }

    private void IncrementTarget() => _store.SetNextTargetSeqNum(_store.NextTargetSeqNum + 1);

    private static bool IsType(ReadOnlySpan<byte> msgType, char type) => msgType.Length == 1 && msgType[0] == (byte)type;
}
