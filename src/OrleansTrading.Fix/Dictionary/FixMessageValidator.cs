using System.Runtime.CompilerServices;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>
/// Checks a parsed message against a dictionary the way a FIX session must before processing it: repeating-group
/// structure, header/body/trailer order, MsgType, required fields (also inside groups), then per field (lowest tag
/// first, header before trailer before body before groups): repeated tag, empty value, data format, enumerated value,
/// unknown tag, tag not defined for the message type, NumInGroup count. Each failure maps to its SessionRejectReason
/// (373) and RefTagID (371). Also records the group structure in the message so groups can be read.
/// Not thread-safe (it keeps scratch state to stay allocation-free): use one per session.
/// </summary>
public sealed class FixMessageValidator
{
    private const int TrackedTags = 8192;
    private const int UserDefinedTagStart = 5000;
    private const byte BodyPlacement = 0;
    private const byte HeaderPlacement = 1;
    private const byte TrailerPlacement = 2;
    private readonly int[] _present = new int[TrackedTags];
    private readonly byte[] _placement = new byte[TrackedTags];
    private int _generation;
    private FixValidationResult _groupError;

    public FixMessageValidator(FixDataDictionary dictionary, FixValidationOptions? options = null)
    {
        Dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        Options = options ?? FixValidationOptions.Default;
        for (var tag = 0; tag < TrackedTags; tag++)
        {
            _placement[tag] = dictionary.Header.Contains(tag) ? HeaderPlacement : dictionary.Trailer.Contains(tag) ? TrailerPlacement : BodyPlacement;
        }
    }

    public FixDataDictionary Dictionary { get; }

    public FixValidationOptions Options { get; }

    /// <summary>Finds the repeating groups of <paramref name="message"/> (so <see cref="FixMessage.GetGroup"/> works) without validating the rest.</summary>
    public FixValidationResult ApplyGroups(FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _groupError = FixValidationResult.Valid;
        ApplyGroups(message, Dictionary.GetMessage(message.MsgTypeBytes));
        return _groupError;
    }

    /// <summary>Validates <paramref name="message"/> (freshly parsed by <see cref="FixParser"/>).</summary>
    public FixValidationResult Validate(FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var definition = Dictionary.GetMessage(message.MsgTypeBytes);
        _groupError = FixValidationResult.Valid;
        var hasGroups = false;
        var headerDefinition = Dictionary.Header;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_present);
            _generation = 1;
        }

        var last = message.FieldCount - 1;
        var outOfOrderTag = int.MinValue;
        var phase = 0;
        Candidate header = default, trailer = default, body = default;
        var buffer = message.Buffer;
        for (var i = 0; i <= last; i++)
        {
            // the group structure is found in the same pass: a NumInGroup field marks its members before we reach them
            ref readonly var field = ref message.Fields[i];
            if (field.Depth != 0)
            {
                continue;
            }

            var tag = field.Tag;
            var repeated = MarkPresent(message, i, tag);
            if (i < 3 || i == last)
            {
                continue;
            }

            if (_groupError.IsValid && (headerDefinition.IsGroupTag(tag) || (definition is not null && definition.IsGroupTag(tag))))
            {
                hasGroups = true;
                ParseGroup(message, i, headerDefinition.GetGroup(tag) ?? definition!.GetGroup(tag)!, 0, last);
            }

            var value = buffer.AsSpan(field.ValueOffset, field.ValueLength);
            var placement = Placement(tag);
            if (placement == HeaderPlacement)
            {
                if (phase > 0 && outOfOrderTag == int.MinValue)
                {
                    outOfOrderTag = tag;
                }

                header.Offer(tag, repeated ? SessionRejectReason.TagAppearsMoreThanOnce : CheckValue(tag, value));
            }
            else if (placement == TrailerPlacement)
            {
                phase = 2;
                trailer.Offer(tag, repeated ? SessionRejectReason.TagAppearsMoreThanOnce : CheckValue(tag, value));
            }
            else
            {
                if (phase == 2 && outOfOrderTag == int.MinValue)
                {
                    outOfOrderTag = tag;
                }

                phase = 1;
                body.Offer(tag, repeated ? SessionRejectReason.TagAppearsMoreThanOnce : CheckBodyField(definition, field, value));
            }
        }

        if (!_groupError.IsValid)
        {
            return _groupError;
        }

        if (Options.CheckFieldsOutOfOrder && outOfOrderTag != int.MinValue)
        {
            return FixValidationResult.Fail(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, outOfOrderTag);
        }

        if (definition is null)
        {
            return FixValidationResult.Fail(SessionRejectReason.InvalidMsgType);
        }

        var missing = FirstMissing(message, Dictionary.Header);
        missing = missing != 0 ? missing : FirstMissing(message, Dictionary.Trailer);
        missing = missing != 0 ? missing : FirstMissing(message, definition);
        if (missing != 0)
        {
            return FixValidationResult.Fail(SessionRejectReason.RequiredTagMissing, missing);
        }

        var groupRequired = hasGroups ? CheckGroupsRequired(message, 0, last, 0) : FixValidationResult.Valid;
        if (!groupRequired.IsValid)
        {
            return groupRequired;
        }

        if (header.Reason is { } headerReason)
        {
            return FixValidationResult.Fail(headerReason, header.Tag);
        }

        if (trailer.Reason is { } trailerReason)
        {
            return FixValidationResult.Fail(trailerReason, trailer.Tag);
        }

        if (body.Reason is { } bodyReason)
        {
            return FixValidationResult.Fail(bodyReason, body.Tag);
        }

        return hasGroups ? CheckGroupFields(message, 0, last, 0) : FixValidationResult.Valid;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Placement(int tag) =>
        (uint)tag < TrackedTags ? _placement[tag] : Dictionary.Header.Contains(tag) ? HeaderPlacement : Dictionary.Trailer.Contains(tag) ? TrailerPlacement : BodyPlacement;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MarkPresent(FixMessage message, int index, int tag)
    {
        if ((uint)tag < TrackedTags)
        {
            if (_present[tag] == _generation)
            {
                return true;
            }

            _present[tag] = _generation;
            return false;
        }

        for (var j = 0; j < index; j++)
        {
            if (message[j].Tag == tag && message[j].Depth == 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPresent(FixMessage message, int tag) =>
        (uint)tag < TrackedTags ? _present[tag] == _generation : message.IndexOf(tag) >= 0;

    private int FirstMissing(FixMessage message, FixFieldContainer container)
    {
        foreach (var tag in container.RequiredTagArray)
        {
            if (!IsPresent(message, tag))
            {
                return tag;
            }
        }

        return 0;
    }

    private SessionRejectReason? CheckBodyField(FixMessageDefinition? definition, in FixField field, ReadOnlySpan<byte> value)
    {
        var reason = CheckValue(field.Tag, value, out var known);
        if (reason is not null || definition is null || !known)
        {
            return reason;
        }

        if (!definition.Contains(field.Tag))
        {
            return Options.AllowUnknownMessageFields ? null : SessionRejectReason.TagNotDefinedForThisMessageType;
        }

        return CountMismatch(field, value) ? SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup : null;
    }

    private static bool CountMismatch(FixField field, ReadOnlySpan<byte> value) =>
        field.IsGroupCount && (!FixValueParser.TryParseInt(value, out var declared) || declared != field.GroupInstances);

    /// <summary>Empty value, unknown tag, data format and enumeration checks of one field.</summary>
    private SessionRejectReason? CheckValue(int tag, ReadOnlySpan<byte> value) => CheckValue(tag, value, out _);

    private SessionRejectReason? CheckValue(int tag, ReadOnlySpan<byte> value, out bool known)
    {
        var definition = Dictionary.GetField(tag);
        known = definition is not null;
        if (value.IsEmpty && Options.CheckFieldsHaveValues)
        {
            return SessionRejectReason.TagSpecifiedWithoutAValue;
        }

        if (definition is null)
        {
            return tag >= UserDefinedTagStart && !Options.CheckUserDefinedFields ? null : SessionRejectReason.InvalidTagNumber;
        }

        if (value.IsEmpty)
        {
            return null;
        }

        if (!FixValueFormat.IsValid(definition.Type, value))
        {
            return SessionRejectReason.IncorrectDataFormatForValue;
        }

        return definition.IsAllowedValue(value) ? null : SessionRejectReason.ValueIsIncorrect;
    }

    private bool ApplyGroups(FixMessage message, FixMessageDefinition? definition)
    {
        var last = message.FieldCount - 1;
        var header = Dictionary.Header;
        var found = false;
        var i = 3;
        while (i < last && _groupError.IsValid)
        {
            var tag = message.Fields[i].Tag;
            if (!header.IsGroupTag(tag) && (definition is null || !definition.IsGroupTag(tag)))
            {
                i++;
                continue;
            }

            found = true;
            i = ParseGroup(message, i, header.GetGroup(tag) ?? definition!.GetGroup(tag)!, 0, last);
        }

        return found;
    }

    private int ParseGroup(FixMessage message, int countIndex, FixGroupDefinition group, int depth, int last)
    {
        var i = countIndex + 1;
        var instances = 0;
        FixValueParser.TryParseInt(message.GetValue(countIndex), out var declared);
        if (i < last && declared > 0 && message[i].Tag != group.DelimiterTag && group.Contains(message[i].Tag))
        {
            _groupError = FixValidationResult.Fail(
                SessionRejectReason.Other,
                group.CountTag,
                $"Group {group.CountTag}'s first entry does not start with delimiter {group.DelimiterTag}");
            message.SetStructure(countIndex, depth, i, 0);
            return i;
        }

        var memberDepth = depth + 1;
        while (i < last && message[i].Tag == group.DelimiterTag)
        {
            instances++;
            var instanceStart = i;
            message.SetStructure(i++, memberDepth, 0, 0);
            while (i < last)
            {
                var tag = message[i].Tag;
                if (tag == group.DelimiterTag || !group.Contains(tag) || message.IndexOf(tag, instanceStart, i, memberDepth) >= 0)
                {
                    break;
                }

                var nested = group.GetGroup(tag);
                if (nested is null)
                {
                    message.SetStructure(i++, memberDepth, 0, 0);
                    continue;
                }

                i = ParseGroup(message, i, nested, memberDepth, last);
                if (!_groupError.IsValid)
                {
                    return i;
                }
            }
        }

        message.SetStructure(countIndex, depth, i, instances);
        return i;
    }

    private FixValidationResult CheckGroupsRequired(FixMessage message, int start, int end, int depth)
    {
        for (var i = start; i < end; i++)
        {
            var field = message[i];
            if (field.Depth != depth || !field.IsGroupCount || field.GroupInstances == 0)
            {
                continue;
            }

            var group = FindGroup(message, i, depth);
            if (group is null)
            {
                continue;
            }

            foreach (var (instanceStart, instanceEnd) in Instances(message, i))
            {
                foreach (var required in group.RequiredTagArray)
                {
                    if (message.IndexOf(required, instanceStart, instanceEnd, depth + 1) < 0)
                    {
                        return FixValidationResult.Fail(SessionRejectReason.RequiredTagMissing, required);
                    }
                }

                var nested = CheckGroupsRequired(message, instanceStart, instanceEnd, depth + 1);
                if (!nested.IsValid)
                {
                    return nested;
                }
            }
        }

        return FixValidationResult.Valid;
    }

    private FixValidationResult CheckGroupFields(FixMessage message, int start, int end, int depth)
    {
        for (var i = start; i < end; i++)
        {
            var field = message[i];
            if (field.Depth != depth || !field.IsGroupCount || field.GroupInstances == 0)
            {
                continue;
            }

            foreach (var (instanceStart, instanceEnd) in Instances(message, i))
            {
                Candidate best = default;
                for (var j = instanceStart; j < instanceEnd; j++)
                {
                    var member = message[j];
                    if (member.Depth != depth + 1)
                    {
                        continue;
                    }

                    var value = message.GetValue(j);
                    var reason = message.IndexOf(member.Tag, instanceStart, j, depth + 1) >= 0
                        ? SessionRejectReason.TagAppearsMoreThanOnce
                        : CheckValue(member.Tag, value) ?? (CountMismatch(member, value) ? SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup : null);
                    best.Offer(member.Tag, reason);
                }

                if (best.Reason is { } reasonFound)
                {
                    return FixValidationResult.Fail(reasonFound, best.Tag);
                }

                var nested = CheckGroupFields(message, instanceStart, instanceEnd, depth + 1);
                if (!nested.IsValid)
                {
                    return nested;
                }
            }
        }

        return FixValidationResult.Valid;
    }

    private FixGroupDefinition? FindGroup(FixMessage message, int countIndex, int depth)
    {
        var tag = message[countIndex].Tag;
        if (depth == 0)
        {
            return Dictionary.Header.GetGroup(tag) ?? Dictionary.GetMessage(message.MsgTypeBytes)?.GetGroup(tag);
        }

        // nested: find the enclosing count field and its group
        for (var parent = countIndex - 1; parent >= 0; parent--)
        {
            var candidate = message[parent];
            if (candidate.Depth == depth - 1 && candidate.IsGroupCount && candidate.GroupEnd > countIndex)
            {
                return FindGroup(message, parent, depth - 1)?.GetGroup(tag);
            }
        }

        return null;
    }

    private static List<(int Start, int End)> Instances(FixMessage message, int countIndex)
    {
        var count = message[countIndex];
        var depth = count.Depth + 1;
        var delimiter = message[countIndex + 1].Tag;
        var result = new List<(int, int)>(count.GroupInstances);
        var start = -1;
        for (var i = countIndex + 1; i < count.GroupEnd; i++)
        {
            if (message[i].Depth == depth && message[i].Tag == delimiter)
            {
                if (start >= 0)
                {
                    result.Add((start, i));
                }

                start = i;
            }
        }

        if (start >= 0)
        {
            result.Add((start, count.GroupEnd));
        }

        return result;
    }

    /// <summary>The error with the lowest tag seen so far (the first one wins ties).</summary>
    private struct Candidate
    {
        public int Tag;
        public SessionRejectReason? Reason;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Offer(int tag, SessionRejectReason? reason)
        {
            if (reason is not null && (Reason is null || tag < Tag))
            {
                Tag = tag;
                Reason = reason;
            }
        }
    }
}
