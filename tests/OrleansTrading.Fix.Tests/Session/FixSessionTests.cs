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

public sealed class FixSessionSequenceTests
{
    [Fact]
    public void A_gap_triggers_one_resend_request_and_queued_messages_are_processed_when_it_fills()
    {
        using var harness = new SessionHarness();
        harness.LogOn();

        harness.Deliver("8=FIX.4.4|35=D|34=4|49=TW|52=<TIME>|56=ISLD|11=C|54=1|55=X|60=20260114-14:30:00|40=1");
        harness.Deliver("8=FIX.4.4|35=0|34=5|49=TW|52=<TIME>|56=ISLD");
        Assert.Equal(["35=2|34=2|49=ISLD|56=TW|7=2|16=0"], harness.SentWithoutVolatileFields());
        Assert.Empty(harness.Received);

        harness.Deliver("8=FIX.4.4|35=D|34=2|49=TW|52=<TIME>|56=ISLD|43=Y|122=<TIME>|11=A|54=1|55=X|60=20260114-14:30:00|40=1");
        harness.Deliver("8=FIX.4.4|35=4|34=3|49=TW|52=<TIME>|56=ISLD|43=Y|122=<TIME>|123=Y|36=4");

        Assert.Equal(2, harness.Received.Count);
        Assert.Equal(6, harness.Session.NextTargetSeqNum);
    }

    [Fact]
    public void A_sequence_number_too_low_without_poss_dup_logs_out_and_disconnects()
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        harness.Deliver("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD");

        harness.Deliver("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD");

        Assert.Equal(["35=5|34=2|49=ISLD|56=TW|58=MsgSeqNum too low, expecting 3 but received 2"], harness.SentWithoutVolatileFields());
        Assert.True(harness.Disconnected);
        Assert.Equal(1, harness.Logouts);
    }

    [Fact]
    public void A_resend_request_replays_application_messages_and_gap_fills_admin_ones()
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        harness.Deliver("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=PING");
        harness.Session.Send(new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "A").Add(FixTags.Side, '1'));
        harness.Sent.Clear();

        harness.Deliver("8=FIX.4.4|35=2|34=3|49=TW|52=<TIME>|56=ISLD|7=1|16=0");

        Assert.Equal(
            ["35=4|34=1|43=Y|49=ISLD|56=TW|36=3|123=Y", "35=D|34=3|43=Y|49=ISLD|56=TW|11=A|54=1"],
            harness.SentWithoutVolatileFields());
        Assert.Contains("|122=", harness.Sent[1], StringComparison.Ordinal);
        Assert.Equal(4, harness.Session.NextSenderSeqNum);
    }

    [Fact]
    public void The_application_can_gap_fill_over_a_stale_order_instead_of_resending_it()
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        harness.Session.Send(new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "STALE"));
        harness.Sent.Clear();
        harness.ResendFilter = _ => false;

        harness.Deliver("8=FIX.4.4|35=2|34=2|49=TW|52=<TIME>|56=ISLD|7=2|16=0");

        Assert.Equal(["35=4|34=2|43=Y|49=ISLD|56=TW|36=3|123=Y"], harness.SentWithoutVolatileFields());
    }

    [Fact]
    public void Sequence_reset_to_a_lower_number_is_rejected_and_changes_nothing()
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        harness.Deliver("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD");

        harness.Deliver("8=FIX.4.4|35=4|34=3|49=TW|52=<TIME>|56=ISLD|36=2");

        Assert.Equal(["35=3|34=2|49=ISLD|56=TW|45=3|58=Value is incorrect (out of range) for this tag|372=4|373=5"], harness.SentWithoutVolatileFields());
        Assert.Equal(3, harness.Session.NextTargetSeqNum);
    }

    [Fact]
    public void An_invalid_field_is_rejected_with_its_reason_and_the_sequence_moves_on()
    {
        using var harness = new SessionHarness();
        harness.LogOn();

        harness.Deliver("8=FIX.4.4|35=D|34=2|49=TW|52=<TIME>|56=ISLD|115=DESK|11=A|54=1|55=X|60=20260114-14:30:00|40=w");

        Assert.Equal(["35=3|34=2|49=ISLD|56=TW|128=DESK|45=2|58=Value is incorrect (out of range) for this tag|371=40|372=D|373=5"], harness.SentWithoutVolatileFields());
        Assert.Empty(harness.Received);
        Assert.Equal(3, harness.Session.NextTargetSeqNum);
    }

    [Fact]
    public void Sending_time_off_by_more_than_the_max_latency_is_rejected_and_logged_out()
    {
        using var harness = new SessionHarness();
        harness.LogOn();
        harness.Time.Advance(TimeSpan.FromMinutes(3));

        harness.Deliver("8=FIX.4.4|35=0|34=2|49=TW|52=20260114-14:30:00.000|56=ISLD");

        Assert.Equal(
            ["35=3|34=2|49=ISLD|56=TW|45=2|58=SendingTime accuracy problem|372=0|373=10", "35=5|34=3|49=ISLD|56=TW"],
            harness.SentWithoutVolatileFields());
    }

    [Fact]
    public void An_unsupported_application_message_gets_a_business_message_reject()
    {
        using var harness = new SessionHarness { OnApplicationMessage = (_, _) => ApplicationMessageResult.UnsupportedMessageType };
        harness.LogOn();

        harness.Deliver("8=FIX.4.4|35=H|34=2|49=TW|52=<TIME>|56=ISLD|11=A|54=1|55=X");

        Assert.Equal(["35=j|34=2|49=ISLD|56=TW|45=2|58=Unsupported Message Type|372=H|380=3"], harness.SentWithoutVolatileFields());
    }

    [Fact]
    public void Garbled_messages_are_ignored_once_logged_on()
    {
        using var harness = new SessionHarness();
        harness.LogOn();

        harness.Session.OnFrame(harness, "8=FIX.4.4\u00019=5\u000135=0\u000110=000\u0001"u8);

        Assert.Empty(harness.Sent);
        Assert.False(harness.Disconnected);
        Assert.Equal(2, harness.Session.NextTargetSeqNum);
    }

    [Fact]
    public void A_first_message_that_is_not_a_logon_disconnects_without_a_reply()
    {
        using var harness = new SessionHarness();
        harness.Connect();

        harness.Deliver("8=FIX.4.4|35=0|34=1|49=TW|52=<TIME>|56=ISLD");

        Assert.Empty(harness.Sent);
        Assert.True(harness.Disconnected);
    }

    [Fact]
    public void A_late_close_or_frame_from_a_previous_connection_does_not_touch_the_new_one()
    {
        using var harness = new SessionHarness(configure: s => s with { ResetOnLogon = true });
        harness.LogOn();
        var previous = new SessionHarness();
        harness.Deliver("8=FIX.4.4|35=5|34=2|49=TW|52=<TIME>|56=ISLD");
        harness.LogOn();

        harness.Session.OnDisconnected(previous);
        harness.Session.OnFrame(previous, TestMessages.Wire("8=FIX.4.4|35=1|34=2|49=TW|52=20260114-14:30:00.000|56=ISLD|112=OLD"));

        Assert.True(harness.Session.IsLoggedOn);
        Assert.Empty(harness.Sent);
        previous.Dispose();
    }

    [Fact]
    public void Send_returns_false_and_stores_nothing_before_logon()
    {
        using var harness = new SessionHarness();
        harness.Connect();

        Assert.False(harness.Session.Send(new FixMessageBuilder(FixMsgTypes.NewOrderSingle).Add(FixTags.ClOrdId, "A")));
        Assert.Equal(1, harness.Session.NextSenderSeqNum);
    }
}

public sealed class FixSessionTimerTests
{
    [Fact]
    public void Sends_a_heartbeat_after_a_quiet_interval_then_a_test_request_then_disconnects()
    {
        using var harness = new SessionHarness();
        harness.LogOn(heartBtInt: 10);

        harness.Time.Advance(TimeSpan.FromSeconds(10));
        harness.Session.OnTimer();
        Assert.Equal(["35=0|34=2|49=ISLD|56=TW"], harness.SentWithoutVolatileFields());

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        harness.Session.OnTimer();
        Assert.Equal("35=1|34=3|49=ISLD|56=TW|112=TEST", harness.SentWithoutVolatileFields()[^1]);

        harness.Time.Advance(TimeSpan.FromSeconds(12));
        harness.Session.OnTimer();
        Assert.True(harness.Disconnected);
    }

    [Fact]
    public void A_late_tick_sends_what_fell_due_first_the_heartbeat_and_the_test_request_only_at_the_next_tick()
    {
        using var harness = new SessionHarness();
        harness.LogOn(heartBtInt: 10);

        harness.Time.Advance(TimeSpan.FromSeconds(12.5)); // the timer starved past both the heartbeat (10 s) and the test request (12 s)
        harness.Session.OnTimer();
        Assert.Equal(["35=0|34=2|49=ISLD|56=TW"], harness.SentWithoutVolatileFields());

        harness.Time.Advance(TimeSpan.FromMilliseconds(100));
        harness.Session.OnTimer();
        Assert.Equal("35=1|34=3|49=ISLD|56=TW|112=TEST", harness.SentWithoutVolatileFields()[^1]);
    }

    [Fact]
    public void A_test_request_is_answered_with_its_id()
    {
        using var harness = new SessionHarness();
        harness.LogOn();

        harness.Deliver("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=ABC");

        Assert.Equal(["35=0|34=2|49=ISLD|56=TW|112=ABC"], harness.SentWithoutVolatileFields());
    }

    [Fact]
    public void An_initiator_sends_logon_with_reset_flag_and_times_out_without_an_answer()
    {
        using var harness = new SessionHarness(FixSessionRole.Initiator, s => s with { ResetOnLogon = true, HeartBtInt = 15 });
        harness.Connect();

        Assert.Equal(["35=A|34=1|49=ISLD|56=TW|98=0|108=15|141=Y"], harness.SentWithoutVolatileFields());
        harness.Time.Advance(TimeSpan.FromSeconds(11));
        harness.Session.OnTimer();
        Assert.True(harness.Disconnected);
    }

    [Fact]
    public void An_initiator_logs_on_when_the_acceptor_answers_and_continues_the_sequence_after_reconnect()
    {
        using var harness = new SessionHarness(FixSessionRole.Initiator);
        harness.Connect();
        harness.Deliver("8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30");
        Assert.True(harness.Session.IsLoggedOn);
        harness.Session.OnDisconnected(harness);

        harness.Sent.Clear();
        harness.Connect();

        Assert.Equal(["35=A|34=2|49=ISLD|56=TW|98=0|108=30"], harness.SentWithoutVolatileFields());
        Assert.Equal(2, harness.Session.NextTargetSeqNum);
    }

    [Fact]
    public void A_daily_schedule_resets_sequence_numbers_at_the_new_session_period()
    {
        using var harness = new SessionHarness(configure: s => s with { Schedule = FixSessionSchedule.Daily(new TimeOnly(6, 0), new TimeOnly(22, 0)) });
        harness.LogOn();
        harness.Deliver("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD");
        harness.Session.OnDisconnected(harness);

        harness.Time.Advance(TimeSpan.FromDays(1));
        harness.Connect();

        Assert.Equal(1, harness.Session.NextTargetSeqNum);
        Assert.Equal(1, harness.Session.NextSenderSeqNum);
    }

    [Fact]
    public void Outside_the_schedule_a_logged_on_session_logs_out()
    {
        using var harness = new SessionHarness(configure: s => s with { Schedule = FixSessionSchedule.Daily(new TimeOnly(6, 0), new TimeOnly(14, 35)) });
        harness.LogOn();

        harness.Time.Advance(TimeSpan.FromMinutes(6));
        harness.Session.OnTimer();

        Assert.Equal(["35=5|34=2|49=ISLD|56=TW|58=Session schedule ended"], harness.SentWithoutVolatileFields());
    }
}
