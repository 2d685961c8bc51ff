using System.Text;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;

namespace OrleansTrading.Fix.Tests.Dictionary;

public sealed class QuickFixXmlDictionaryLoaderTests
{
    private const string Sample = """
        <fix major="4" minor="4" type="FIX" servicepack="0">
          <header>
            <field name="BeginString" required="Y"/><field name="BodyLength" required="Y"/><field name="MsgType" required="Y"/>
            <field name="SenderCompID" required="Y"/><field name="TargetCompID" required="Y"/><field name="MsgSeqNum" required="Y"/>
            <field name="SendingTime" required="Y"/>
          </header>
          <trailer><field name="CheckSum" required="Y"/></trailer>
          <messages>
            <message name="Custom" msgtype="U1" msgcat="app">
              <field name="Account" required="Y"/>
              <component name="Legs" required="N"/>
            </message>
          </messages>
          <components>
            <component name="Legs">
              <group name="NoLegs" required="N"><field name="LegSymbol" required="Y"/><field name="BrokerTag" required="N"/></group>
            </component>
          </components>
          <fields>
            <field number="8" name="BeginString" type="STRING"/><field number="9" name="BodyLength" type="LENGTH"/>
            <field number="35" name="MsgType" type="STRING"/><field number="49" name="SenderCompID" type="STRING"/>
            <field number="56" name="TargetCompID" type="STRING"/><field number="34" name="MsgSeqNum" type="SEQNUM"/>
            <field number="52" name="SendingTime" type="UTCTIMESTAMP"/><field number="10" name="CheckSum" type="STRING"/>
            <field number="1" name="Account" type="STRING"/><field number="555" name="NoLegs" type="NUMINGROUP"/>
            <field number="600" name="LegSymbol" type="STRING"/>
            <field number="6001" name="BrokerTag" type="CHAR"><value enum="X" description="X"/><value enum="Y" description="Y"/></field>
          </fields>
        </fix>
        """;

    [Fact]
    public void Loads_a_broker_dictionary_with_custom_message_and_user_defined_field()
    {
        var dictionary = QuickFixXmlDictionaryLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Sample)), "sample.xml");
        var validator = new FixMessageValidator(dictionary);

        Assert.Equal("FIX.4.4", dictionary.BeginString);
        Assert.True(validator.Validate(TestMessages.Parse("8=FIX.4.4|35=U1|34=2|49=A|52=20260114-14:30:01|56=B|1=ACC|555=1|600=X|6001=Y|")).IsValid);
        var bad = validator.Validate(TestMessages.Parse("8=FIX.4.4|35=U1|34=2|49=A|52=20260114-14:30:01|56=B|1=ACC|555=1|600=X|6001=Z|"));
        Assert.Equal(SessionRejectReason.ValueIsIncorrect, bad.Reason);
        Assert.Equal(6001, bad.RefTagId);
    }

    [Fact]
    public void A_reference_to_an_undefined_field_is_reported_with_the_file_and_element()
    {
        var broken = Sample.Replace("<field name=\"Account\" required=\"Y\"/>", "<field name=\"Acount\" required=\"Y\"/>", StringComparison.Ordinal);

        var error = Assert.Throws<FixDictionaryException>(() => QuickFixXmlDictionaryLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(broken)), "broker.xml"));

        Assert.Contains("broker.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Acount'", error.Message, StringComparison.Ordinal);
    }

    [RequiresFix44XmlFact]
    public void Loads_the_real_fix44_dictionary_installed_by_the_prerequisites_script()
    {
        var dictionary = QuickFixXmlDictionaryLoader.Load(RepositoryPaths.JspurefixFix44Xml!);
        var message = TestMessages.Parse(TestMessages.ExecutionReport);

        Assert.Equal("FIX.4.4", dictionary.BeginString);
        Assert.True(new FixMessageValidator(dictionary).Validate(message).IsValid);
        Assert.Equal(FixFieldType.Qty, dictionary.GetField(FixTags.OrderQty)!.Type);
    }
}
