using System.Runtime.CompilerServices;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>The ordered fields and groups of a message, header, trailer or group, with fast membership checks.</summary>
public class FixFieldContainer
{
    private const int BitmapTags = 8192;
    private readonly Dictionary<int, FixMemberDefinition> _byTag = [];
    private readonly ulong[] _bitmap = new ulong[BitmapTags / 64];
    private readonly ulong[] _groupBitmap = new ulong[BitmapTags / 64];

    public FixFieldContainer(IReadOnlyList<FixMemberDefinition> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        Members = members;
        foreach (var member in members)
        {
            if (!_byTag.TryAdd(member.Tag, member))
            {
                continue;
            }

            if ((uint)member.Tag < BitmapTags)
            {
                _bitmap[member.Tag >> 6] |= 1UL << (member.Tag & 63);
                if (member.Group is not null)
                {
                    _groupBitmap[member.Tag >> 6] |= 1UL << (member.Tag & 63);
                }
            }
        }

        RequiredTagArray = [.. members.Where(m => m.Required).Select(m => m.Tag).Distinct().Order()];
        Groups = [.. members.Where(m => m.Group is not null)];
    }

    /// <summary>Members in dictionary order.</summary>
    public IReadOnlyList<FixMemberDefinition> Members { get; }

    /// <summary>Required tags in ascending order.</summary>
    public IReadOnlyList<int> RequiredTags => RequiredTagArray;

    internal int[] RequiredTagArray { get; }

    /// <summary>The NumInGroup members.</summary>
    public IReadOnlyList<FixMemberDefinition> Groups { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int tag) =>
        (uint)tag < BitmapTags ? (_bitmap[tag >> 6] & (1UL << (tag & 63))) != 0 : _byTag.ContainsKey(tag);

    public FixMemberDefinition? GetMember(int tag) => Contains(tag) ? _byTag[tag] : null;

    /// <summary>True when <paramref name="tag"/> is the NumInGroup tag of one of this container's groups.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsGroupTag(int tag) =>
        (uint)tag < BitmapTags ? (_groupBitmap[tag >> 6] & (1UL << (tag & 63))) != 0 : _byTag.TryGetValue(tag, out var member) && member.Group is not null;

    /// <summary>The group whose NumInGroup tag is <paramref name="tag"/>, or null (fast for ordinary fields).</summary>
    public FixGroupDefinition? GetGroup(int tag)
    {
        if ((uint)tag < BitmapTags && (_groupBitmap[tag >> 6] & (1UL << (tag & 63))) == 0)
        {
            return null;
        }

        return _byTag.TryGetValue(tag, out var member) ? member.Group : null;
    }
}
