using System.Globalization;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>
/// Reads our compact dictionary notation:
/// <c>field TAG Name TYPE [v1,v2,…]</c>, <c>component Name: members</c>, <c>header: members</c>, <c>trailer: members</c>,
/// <c>message MSGTYPE Name admin|app: members</c>. Members: <c>123</c> optional field, <c>123!</c> required,
/// <c>{ 453 448 … }</c> optional group (count tag first, then members; the first member delimits instances),
/// <c>{ 453! … }</c> required group, <c>@Name</c> / <c>@Name!</c> a component. <c>#</c> starts a comment line.
/// </summary>
internal static class FixDictionaryText
{
    public static FixDictionaryBuilder Parse(string text, string source)
    {
        var builder = new FixDictionaryBuilder(source);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            try
            {
                ParseLine(builder, line);
            }
            catch (FormatException e)
            {
                throw new FixDictionaryException($"{source} line {lineNumber}: {e.Message}", e);
            }
        }

        return builder;
    }

    private static void ParseLine(FixDictionaryBuilder builder, string line)
    {
        if (line.StartsWith("field ", StringComparison.Ordinal))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 4 or > 5)
            {
                throw new FormatException($"expected 'field TAG Name TYPE [values]', got '{line}'.");
            }

            var enums = parts.Length == 5 ? parts[4].Split(',') : [];
            builder.AddField(new FixFieldDefinition(ParseTag(parts[1]), parts[2], FixFieldTypes.Parse(parts[3]), enums));
            return;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException($"expected a 'field', 'component', 'header', 'trailer' or 'message' line, got '{line}'.");
        }

        var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var members = ParseMembers(line[(colon + 1)..]);
        switch (head[0])
        {
            case "component" when head.Length == 2:
                builder.AddComponent(head[1], members);
                break;
            case "header" when head.Length == 1:
                builder.SetHeader(members);
                break;
            case "trailer" when head.Length == 1:
                builder.SetTrailer(members);
                break;
            case "message" when head.Length == 4 && head[3] is "admin" or "app":
                builder.AddMessage(new MessageSpec(head[1], head[2], head[3] == "admin", members));
                break;
            default:
                throw new FormatException($"cannot read '{line[..colon]}'.");
        }
    }

    private static List<MemberSpec> ParseMembers(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var position = 0;
        var members = ParseUntil(tokens, ref position, closing: false);
        return members;
    }

    private static List<MemberSpec> ParseUntil(string[] tokens, ref int position, bool closing)
    {
        var members = new List<MemberSpec>();
        while (position < tokens.Length)
        {
            var token = tokens[position++];
            if (token == "}")
            {
                if (!closing)
                {
                    throw new FormatException("'}' without a matching '{'.");
                }

                return members;
            }

            var required = token.EndsWith('!');
            var name = required ? token[..^1] : token;
            if (token == "{")
            {
                if (position >= tokens.Length)
                {
                    throw new FormatException("'{' at the end of a line.");
                }

                var countToken = tokens[position++];
                var groupRequired = countToken.EndsWith('!');
                var countTag = ParseTag(groupRequired ? countToken[..^1] : countToken);
                members.Add(new GroupSpec(countTag, groupRequired, ParseUntil(tokens, ref position, closing: true)));
            }
            else if (name.StartsWith('@'))
            {
                members.Add(new ComponentSpec(name[1..], required));
            }
            else
            {
                members.Add(new FieldSpec(ParseTag(name), required));
            }
        }

        if (closing)
        {
            throw new FormatException("a group '{' is not closed with '}'.");
        }

        return members;
    }

    private static int ParseTag(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var tag) && tag > 0
            ? tag
            : throw new FormatException($"'{text}' is not a tag number.");
}
