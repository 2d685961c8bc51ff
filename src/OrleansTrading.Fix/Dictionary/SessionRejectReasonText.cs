namespace OrleansTrading.Fix.Dictionary;

/// <summary>The Text (58) sent with each SessionRejectReason: the reason's name in the FIX specification.</summary>
public static class SessionRejectReasonText
{
    public static string For(SessionRejectReason reason) => reason switch
    {
        SessionRejectReason.InvalidTagNumber => "Invalid tag number",
        SessionRejectReason.RequiredTagMissing => "Required tag missing",
        SessionRejectReason.TagNotDefinedForThisMessageType => "Tag not defined for this message type",
        SessionRejectReason.UndefinedTag => "Undefined Tag",
        SessionRejectReason.TagSpecifiedWithoutAValue => "Tag specified without a value",
        SessionRejectReason.ValueIsIncorrect => "Value is incorrect (out of range) for this tag",
        SessionRejectReason.IncorrectDataFormatForValue => "Incorrect data format for value",
        SessionRejectReason.DecryptionProblem => "Decryption problem",
        SessionRejectReason.SignatureProblem => "Signature problem",
        SessionRejectReason.CompIdProblem => "CompID problem",
        SessionRejectReason.SendingTimeAccuracyProblem => "SendingTime accuracy problem",
        SessionRejectReason.InvalidMsgType => "Invalid MsgType",
        SessionRejectReason.XmlValidationError => "XML Validation error",
        SessionRejectReason.TagAppearsMoreThanOnce => "Tag appears more than once",
        SessionRejectReason.TagSpecifiedOutOfRequiredOrder => "Tag specified out of required order",
        SessionRejectReason.RepeatingGroupFieldsOutOfOrder => "Repeating group fields out of order",
        SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup => "Incorrect NumInGroup count for repeating group",
        SessionRejectReason.NonDataValueIncludesFieldDelimiter => "Non Data value includes field delimiter",
        _ => "Other",
    };
}
