using System.Globalization;
using System.Text;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Tests.Session;

/// <summary>Drives a <see cref="FixSession"/> without sockets: messages in as text, messages out captured, a manual clock.</summary>
internal sealed class SessionHarness : IFixSessionConnection, IFixApplication, IDisposable
{
    public SessionHarness(FixSessionRole role = FixSessionRole.Acceptor, Func<FixSessionSettings, FixSessionSettings>? configure = null, IFixMessageStore? store = null)
    {
        Time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 14, 14, 30, 0, TimeSpan.Zero));
        var settings = new FixSessionSettings
        {
            Role = role,
            SessionId = new FixSessionId("FIX.4.4", "ISLD", "TW"),
            ConnectHost = "127.0.0.1",
            ConnectPort = 1,
            HeartBtInt = 30,
        };
        Store = store ?? new MemoryMessageStore(Time.GetUtcNow());
        Session = new FixSession(configure?.Invoke(settings) ?? settings, Store, this, Time);
    }

    public ManualTimeProvider Time { get; }

    public IFixMessageStore Store { get; }

    public FixSession Session { get; }

    public List<string> Sent { get; } = [];

    public List<string> Received { get; } = [];

    public bool Disconnected { get; private set; }

    public Func<FixSession, FixMessage, ApplicationMessageResult>? OnApplicationMessage { get; set; }

    public Func<FixMessage, bool>? ResendFilter { get; set; }

    public int Logons { get; private set; }

    public int Logouts { get; private set; }

    public void Connect() => Session.OnConnected(this);

    /// <summary>Delivers a message written as '|'-separated text; <c>&lt;TIME&gt;</c> becomes the current SendingTime.</summary>
    public void Deliver(string text)
    {
        var now = Time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);
        Session.OnFrame(this, TestMessages.Wire(text.Replace("<TIME>", now, StringComparison.Ordinal)));
    }

    /// <summary>The sent messages with the volatile fields (9, 52, 122, 10) removed, for readable assertions.</summary>
    public List<string> SentWithoutVolatileFields() => [.. Sent.Select(s => string.Join('|', s.Split('|').Where(f => f.Length > 0 && !f.StartsWith("9=", StringComparison.Ordinal)
        && !f.StartsWith("52=", StringComparison.Ordinal) && !f.StartsWith("122=", StringComparison.Ordinal) && !f.StartsWith("10=", StringComparison.Ordinal) && !f.StartsWith("8=", StringComparison.Ordinal))))];

    public void LogOn(int heartBtInt = 30)
    {
        Connect();
        Deliver($"8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108={heartBtInt}");
        Sent.Clear();
    }

    public void Send(ReadOnlySpan<byte> bytes) => Sent.Add(Encoding.UTF8.GetString(bytes).Replace('\u0001', '|'));

    public void Disconnect()
    {
        Disconnected = true;
    }


    public ApplicationMessageResult OnMessage(FixSession session, FixMessage message)
    {
        Received.Add(message.ToString());
        return OnApplicationMessage?.Invoke(session, message) ?? ApplicationMessageResult.Accepted;
    }

    public void OnLogon(FixSession session) => Logons++;

    public bool OnResending(FixSession session, FixMessage message) => ResendFilter?.Invoke(message) ?? true;

    public void OnLogout(FixSession session) => Logouts++;

    public void Dispose() => Session.Dispose();
}
