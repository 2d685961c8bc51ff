using OrleansTrading.Fix.Configuration;
using OrleansTrading.Fix.Dictionary;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Tests.Configuration;

public sealed class FixSettingsFileTests
{
    private const string Cfg = """
        # broker sessions
        [DEFAULT]
        ConnectionType=initiator
        SocketConnectHost=10.0.0.5
        HeartBtInt=20
        FileStorePath=store
        FileStoreSync=batched
        StartTime=07:00:00
        EndTime=18:30:00
        TimeZone=UTC
        LogRedactTags=96, 9001
        [SESSION]
        BeginString=FIX.4.4
        SenderCompID=FUND
        TargetCompID=BROKER1
        SocketConnectPort=9876
        ResetOnLogon=Y
        [SESSION]
        BeginString=FIX.4.4
        SenderCompID=FUND
        TargetCompID=BROKER2
        SocketConnectPort=9877
        HeartBtInt=45
        """;

    [Fact]
    public void Sessions_inherit_defaults_and_override_them()
    {
        var file = FixSettingsFile.Parse(Cfg, "brokers.cfg", "/etc/fix");

        Assert.Equal(2, file.Sessions.Count);
        var first = file.Sessions[0];
        Assert.Equal(new FixSessionId("FIX.4.4", "FUND", "BROKER1"), first.SessionId);
        Assert.Equal(FixSessionRole.Initiator, first.Role);
        Assert.Equal(("10.0.0.5", 9876), (first.ConnectHost, first.ConnectPort));
        Assert.Equal(20, first.HeartBtInt);
        Assert.True(first.ResetOnLogon);
        Assert.Equal(Path.GetFullPath("/etc/fix/store"), first.FileStorePath);
        Assert.Equal(FixFsyncPolicy.Batched, first.FsyncPolicy);
        Assert.Equal(new TimeOnly(7, 0), first.Schedule.StartTime);
        Assert.Equal([96, 9001], first.RedactedTags);
        Assert.Same(FixDataDictionary.Fix44, first.DataDictionary);
        Assert.Equal(45, file.Sessions[1].HeartBtInt);
        Assert.False(file.Sessions[1].ResetOnLogon);
    }

    [Theory]
    [InlineData("HeartBtInt=soon", "HeartBtInt is 'soon'")]
    [InlineData("ResetOnLogon=maybe", "ResetOnLogon is 'maybe'; use Y or N")]
    [InlineData("StartTime=7am", "StartTime is '7am'; use HH:mm:ss")]
    [InlineData("HeartBeatInt=30", "unknown setting 'HeartBeatInt'")]
    [InlineData("ConnectionType=server", "ConnectionType is 'server'")]
    [InlineData("DataDictionary=missing/FIX44.xml", "does not exist")]
    [InlineData("FileStoreSync=sometimes", "FileStoreSync is 'sometimes'")]
    public void A_bad_setting_is_reported_with_the_session_and_what_to_use(string line, string expected)
    {
        var broken = Cfg + "\n" + line;

        var error = Assert.Throws<FixSettingsException>(() => FixSettingsFile.Parse(broken, "brokers.cfg", "/etc/fix"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("brokers.cfg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_without_a_target_comp_id_is_reported()
    {
        var error = Assert.Throws<FixSettingsException>(() =>
            FixSettingsFile.Parse("[DEFAULT]\nConnectionType=acceptor\nSocketAcceptPort=5001\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=V\n", "v.cfg", "/"));

        Assert.Contains("TargetCompID is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_win_over_every_section()
    {
        var file = FixSettingsFile.Parse(Cfg, "brokers.cfg", "/etc/fix", new Dictionary<string, string> { ["SocketConnectPort"] = "1234" });

        Assert.All(file.Sessions, s => Assert.Equal(1234, s.ConnectPort));
    }
}
