using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Session;

/// <summary>
/// The application side of a session. Callbacks run on the session's thread while it holds its lock: keep them
/// short (hand work to a queue); calling <see cref="FixSession.Send"/> from inside them is allowed. The message passed
/// to <see cref="OnMessage"/> is reused after the call returns: copy what you keep (<see cref="FixMessage.Clone"/>).
/// </summary>
public interface IFixApplication
{
    /// <summary>An application message arrived in sequence and passed validation.</summary>
    ApplicationMessageResult OnMessage(FixSession session, FixMessage message);

    /// <summary>The session is logged on (both Logons exchanged).</summary>
    void OnLogon(FixSession session)
    {
    }

    /// <summary>The session was logged on and is not any more (Logout exchanged, or the connection dropped).</summary>
    void OnLogout(FixSession session)
    {
    }

    /// <summary>We are about to send a Logon: add Username (553), Password (554) or other fields the counterparty wants.</summary>
    void OnSendingLogon(FixSession session, FixMessageBuilder logon)
    {
    }

    /// <summary>An acceptor received a Logon: return null to accept, or the reason to refuse it (sent in a Logout before disconnecting).</summary>
    string? ValidateLogon(FixSession session, FixMessage logon) => null;

    /// <summary>A stored application message is about to be resent (PossDupFlag=Y) after a ResendRequest: return false to gap-fill over it instead (e.g. a stale order).</summary>
    bool OnResending(FixSession session, FixMessage message) => true;
}
