using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Fix.Tests.Session;

public sealed class FixSessionTests
{
    [Fact]
    public void Acceptor_answers_a_logon_with_the_initiators_heartbeat_interval()
    {
        using var harness = new SessionHarness();
        harness.Connect();

        harness.Deliver("8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=17");

        Assert.Equal(["35=A|34=1|49=ISLD|56=TW|98=0|108=17"], harness.SentWithoutVolatileFields());
        Assert.True(harness.Session.IsLoggedOn);
        Assert.Equal(1, harness.Logons);
        Assert.Equal(2, harness.Session.NextTargetSeqNum);
    }

    [Fact]
    public void Xml_non_fix_message_with_soh_inside_its_data_reaches_the_application()
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        var xml = "<RTRF>8=FIX.4.3\u00019=377\u000135=8\u000134=208\u0001blah blah blah</RTRF>";

        harness.Deliver($"8=FIX.4.4|35=n|34=2|49=TW|52=<TIME>|56=ISLD|212={xml.Length}|213={xml}|");

        Assert.Single(harness.Received);
    }
}
