using System.Runtime.CompilerServices;
using System.Text;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>
/// A FIX data dictionary: fields with types and enumerations, header, trailer and message definitions with
/// required flags and repeating groups. Immutable and thread-safe once built. <see cref="Fix44"/> is our built-in
/// FIX 4.4 definition; <see cref="QuickFixXmlDictionaryLoader"/> reads QuickFIX-format XML files.
/// </summary>
public sealed class FixDataDictionary
{
    private const int FastTags = 8192;
    private static readonly Lazy<FixDataDictionary> _fix44 = new(Fix44Dictionary.Create);
    private readonly FixFieldDefinition?[] _fastFields = new FixFieldDefinition?[FastTags];
    private readonly Dictionary<int, FixFieldDefinition> _fields;
    private readonly Dictionary<string, FixMessageDefinition> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, FixMessageDefinition> _messagesByKey = [];

    public FixDataDictionary(string beginString, IEnumerable<FixFieldDefinition> fields, FixFieldContainer header, FixFieldContainer trailer, IEnumerable<FixMessageDefinition> messages)
    {
        ArgumentException.ThrowIfNullOrEmpty(beginString);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(messages);
        BeginString = beginString;
        BeginStringBytes = Encoding.ASCII.GetBytes(beginString);
        Header = header ?? throw new ArgumentNullException(nameof(header));
        Trailer = trailer ?? throw new ArgumentNullException(nameof(trailer));
        _fields = fields.ToDictionary(f => f.Tag);
        foreach (var field in _fields.Values.Where(f => (uint)f.Tag < FastTags))
        {
            _fastFields[field.Tag] = field;
        }

        foreach (var message in messages)
        {
            _messages[message.MsgType] = message;
            var key = FixMsgTypes.Pack(message.MsgType);
            if (key != 0)
            {
                _messagesByKey[key] = message;
            }
        }

        DataFieldPairs = new FixDataFieldPairs(FindDataPairs(_fields));
    }

    /// <summary>Our built-in FIX 4.4 dictionary.</summary>
    public static FixDataDictionary Fix44 => _fix44.Value;

    public string BeginString { get; }

    public ReadOnlyMemory<byte> BeginStringBytes { get; }

    public FixFieldContainer Header { get; }

    public FixFieldContainer Trailer { get; }

    public IReadOnlyDictionary<int, FixFieldDefinition> Fields => _fields;

    public IReadOnlyDictionary<string, FixMessageDefinition> Messages => _messages;

    /// <summary>Length → data field pairs derived from the field types (for the tokenizer).</summary>
    public FixDataFieldPairs DataFieldPairs { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FixFieldDefinition? GetField(int tag) =>
        (uint)tag < FastTags ? _fastFields[tag] : _fields.GetValueOrDefault(tag);

    public FixMessageDefinition? GetMessage(ReadOnlySpan<byte> msgType)
    {
        var key = FixMsgTypes.Pack(msgType);
        if (key != 0)
        {
            return _messagesByKey.GetValueOrDefault(key);
        }

        return msgType.IsEmpty ? null : _messages.GetValueOrDefault(Encoding.ASCII.GetString(msgType));
    }

    public FixMessageDefinition? GetMessage(string msgType) => _messages.GetValueOrDefault(msgType);

    private static IEnumerable<KeyValuePair<int, int>> FindDataPairs(Dictionary<int, FixFieldDefinition> fields)
    {
        foreach (var data in fields.Values.Where(f => f.Type is FixFieldType.Data or FixFieldType.XmlData))
        {
            if (fields.TryGetValue(data.Tag - 1, out var previous) && previous.Type == FixFieldType.Length)
            {
                yield return new(previous.Tag, data.Tag);
                continue;
            }

            var byName = fields.Values.FirstOrDefault(f => f.Type == FixFieldType.Length
                && (f.Name == data.Name + "Length" || f.Name == data.Name + "Len"));
            if (byName is not null)
            {
                yield return new(byName.Tag, data.Tag);
            }
        }
    }
}
