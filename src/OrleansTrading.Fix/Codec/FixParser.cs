namespace OrleansTrading.Fix.Codec;

/// <summary>
/// Tokenises one framed message into a reusable <see cref="FixMessage"/>, validating on the way what makes a
/// message garbled: tag syntax, the 8/9/35 start, BodyLength and CheckSum. No allocation once the target's
/// buffers are large enough. Dictionary-level checks (required fields, types, groups) are separate.
/// </summary>
public static class FixParser
{
    private const byte Soh = 1;
    private const int MaxTagDigits = 9;

    /// <summary>Parses <paramref name="frame"/> (one complete message, e.g. from <see cref="FixFramer"/>) into <paramref name="message"/>.</summary>
    public static FixParseStatus Parse(ReadOnlySpan<byte> frame, FixMessage message, FixDataFieldPairs? dataFields = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Load(frame);
        var pairs = dataFields ?? FixDataFieldPairs.Fix44;
        var length = frame.Length;
        var buffer = message.Buffer.AsSpan(0, length);
        var pos = 0;
        var pendingDataTag = 0;
        var pendingDataLength = -1;
        var checksumStart = -1;
        var fieldIndex = 0;

        while (pos < length)
        {
            var fieldStart = pos;
            var negative = buffer[pos] == (byte)'-';
            if (negative)
            {
                pos++;
            }

            var tag = 0;
            var digits = 0;
            while (pos < length)
            {
                var b = buffer[pos];
                if (b == (byte)'=')
                {
                    break;
                }

                var d = b - (byte)'0';
                if ((uint)d > 9 || ++digits > MaxTagDigits)
                {
                    return FixParseStatus.InvalidTagSyntax;
                }

                tag = (tag * 10) + d;
                pos++;
            }

            if (pos >= length)
            {
                return FixParseStatus.Truncated;
            }

            if (digits == 0)
            {
                return FixParseStatus.InvalidTagSyntax;
            }

            if (negative)
            {
                tag = -tag;
            }

            var valueStart = ++pos;
            if (pendingDataLength >= 0 && tag == pendingDataTag)
            {
                pos = valueStart + pendingDataLength;
                if (pos >= length || buffer[pos] != Soh)
                {
                    return FixParseStatus.DataLengthMismatch;
                }
            }
            else
            {
                var soh = buffer[valueStart..].IndexOf(Soh);
                if (soh < 0)
                {
                    return FixParseStatus.Truncated;
                }

                pos = valueStart + soh;
            }

            if (checksumStart >= 0)
            {
                // a field after CheckSum
                return FixParseStatus.ChecksumMismatch;
            }

            var valueLength = pos - valueStart;
            switch (fieldIndex)
            {
                case 0 when tag != FixTags.BeginString:
                case 1 when tag != FixTags.BodyLength:
                case 2 when tag != FixTags.MsgType:
                    return FixParseStatus.HeaderOutOfOrder;
                case 2 when valueLength == 0:
                    return FixParseStatus.MissingMsgType;
            }

            message.AddField(tag, valueStart, valueLength);
            fieldIndex++;
            pos++;

            if (tag == FixTags.CheckSum)
            {
                checksumStart = fieldStart;
            }

            pendingDataLength = -1;
            var dataTag = pairs.DataTagFor(tag);
            if (dataTag != 0 && FixValueParser.TryParseInt(buffer.Slice(valueStart, valueLength), out var announced) && announced >= 0)
            {
                pendingDataTag = dataTag;
                pendingDataLength = announced;
            }
        }

        if (fieldIndex < 3)
        {
            return FixParseStatus.HeaderOutOfOrder;
        }

        if (checksumStart < 0)
        {
            return FixParseStatus.ChecksumMismatch;
        }

        message.SetChecksumFieldStart(checksumStart);
        var bodyLengthField = message[1];
        var bodyStart = bodyLengthField.ValueOffset + bodyLengthField.ValueLength + 1;
        if (!FixValueParser.TryParseInt(buffer.Slice(bodyLengthField.ValueOffset, bodyLengthField.ValueLength), out var bodyLength)
            || bodyLength != checksumStart - bodyStart)
        {
            return FixParseStatus.BodyLengthMismatch;
        }

        var checksumField = message[message.FieldCount - 1];
        if (checksumField.ValueLength != 3)
        {
            return FixParseStatus.ChecksumMismatch;
        }

        var expected = 0;
        for (var i = 0; i < 3; i++)
        {
            var d = buffer[checksumField.ValueOffset + i] - (byte)'0';
            if ((uint)d > 9)
            {
                return FixParseStatus.ChecksumMismatch;
            }

            expected = (expected * 10) + d;
        }

        return FixChecksum.Compute(buffer[..checksumStart]) == expected ? FixParseStatus.Ok : FixParseStatus.ChecksumMismatch;
    }
}
