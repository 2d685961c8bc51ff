using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;

namespace OrleansTrading.Fix.Tests.Dictionary;

public sealed class FixMessageValidatorTests
{
    private const string Header = "8=FIX.4.4|35={0}|34=2|49=TW|52=20260114-14:30:01.000|56=ISLD|";

    private static FixValidationResult Validate(string msgType, string body)
    {
        var message = TestMessages.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Header, msgType) + body);
        return new FixMessageValidator(FixDataDictionary.Fix44).Validate(message);
    }

    [Fact]
    public void The_built_in_fix44_dictionary_defines_every_message_the_platform_uses()
    {
        var dictionary = FixDataDictionary.Fix44;

        foreach (var msgType in new[] { "0", "1", "2", "3", "4", "5", "A", "D", "F", "G", "H", "AF", "8", "9", "j", "V", "W", "X", "d", "R" })
        {
            Assert.NotNull(dictionary.GetMessage(msgType));
        }

        Assert.Equal(FixFieldType.Qty, dictionary.GetField(FixTags.OrderQty)!.Type);
        Assert.Equal(213, dictionary.DataFieldPairs.DataTagFor(212));
    }

    [Fact]
    public void A_valid_execution_report_passes()
    {
        var message = TestMessages.Parse(TestMessages.ExecutionReport);

        Assert.True(new FixMessageValidator(FixDataDictionary.Fix44).Validate(message).IsValid);
    }

    [Theory]
    [InlineData("0", "999=HI|", SessionRejectReason.InvalidTagNumber, 999)]
    [InlineData("0", "55=MSFT|", SessionRejectReason.TagNotDefinedForThisMessageType, 55)]
    [InlineData("D", "11=ID|21=4|40=1|54=1|38=2000|55=INTC|60=20260114-14:30:01|", SessionRejectReason.ValueIsIncorrect, 21)]
    [InlineData("D", "11=ID|21=1|40=1|54=1|38=+200.00|55=INTC|60=20260114-14:30:01|", SessionRejectReason.IncorrectDataFormatForValue, 38)]
    [InlineData("D", "11=ID|21=1|40=1|40=2|54=1|55=INTC|60=20260114-14:30:01|", SessionRejectReason.TagAppearsMoreThanOnce, 40)]
    [InlineData("D", "40=1|60=20260114-14:30:01|54=1|21=3|", SessionRejectReason.RequiredTagMissing, 11)]
    [InlineData("D", "11=ID|21=1|40=1|54=1|55=INTC|386=3|336=PRE-OPEN|336=AFTER-HOURS|60=20260114-14:30:01|", SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, 386)]
    [InlineData("D", "11=c|55=s|54=1|60=20260114-14:30:01|38=5|40=1|453=2|448=p1|447=B|448=p2|447=failboat|", SessionRejectReason.IncorrectDataFormatForValue, 447)]
    [InlineData("D", "11=c|55=s|54=1|60=20260114-14:30:01|40=1|453=1|448=p|447=B|802=2|523=a|803=1|523=b|803=x|", SessionRejectReason.IncorrectDataFormatForValue, 803)]
    [InlineData("D", "11=c|55=s|54=1|60=20260114-14:30:01|40=1|126=20040415|", SessionRejectReason.IncorrectDataFormatForValue, 126)]
    [InlineData("*", "", SessionRejectReason.InvalidMsgType, 0)]
    public void Rejects_with_the_fix_reason_and_ref_tag(string msgType, string body, SessionRejectReason reason, int refTag)
    {
        var result = Validate(msgType, body);

        Assert.Equal(reason, result.Reason);
        Assert.Equal(refTag, result.RefTagId);
    }

    [Fact]
    public void A_header_field_after_body_fields_is_out_of_order()
    {
        var message = TestMessages.Parse("8=FIX.4.4|35=D|11=id|21=3|40=1|54=1|55=MSFT|60=20260114-14:30:01|34=2|49=TW|52=20260114-14:30:01|56=ISLD|");

        var result = new FixMessageValidator(FixDataDictionary.Fix44).Validate(message);

        Assert.Equal(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, result.Reason);
        Assert.Equal(34, result.RefTagId);
    }

    [Fact]
    public void A_group_not_starting_with_its_delimiter_is_reported_with_the_group_tag()
    {
        var result = Validate("AP", "721=R|715=20120802|702=1|704=0|705=20000|");

        Assert.Equal(SessionRejectReason.Other, result.Reason);
        Assert.Equal(702, result.RefTagId);
        Assert.Equal("Group 702's first entry does not start with delimiter 703", result.Text);
    }

    [Fact]
    public void Nested_groups_are_readable_after_validation()
    {
        var message = TestMessages.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Header, "R")
            + "131=q|146=1|55=ABC|65=CD|48=sid|22=1|711=2|311=U1|312=WI|311=U2|305=1|");

        Assert.True(new FixMessageValidator(FixDataDictionary.Fix44).Validate(message).IsValid);
        var related = message.GetGroup(146);
        Assert.Equal(1, related.Count);
        var underlyings = related[0].GetGroup(711);
        Assert.Equal(2, underlyings.Count);
        Assert.Equal("U2", underlyings[1].GetString(311));
        Assert.Equal("1", underlyings[1].GetString(305));
    }

    [Fact]
    public void A_repeating_group_with_zero_instances_is_accepted()
    {
        Assert.True(Validate("d", "320=JCD|322=1034|323=6|55=TBS|22=8|167=CS|336=ONE_MAIN|58=none|454=0|").IsValid);
    }

    [Fact]
    public void A_required_field_of_an_optional_component_is_not_required()
    {
        Assert.True(Validate("AD", "568=tradereqid|569=0|").IsValid);
    }
}
