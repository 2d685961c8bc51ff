using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>
/// Loads a data dictionary in the QuickFIX XML format (<c>&lt;fix&gt;</c> with header, trailer, messages, components
/// and fields), as brokers ship customised ones.
/// </summary>
public static class QuickFixXmlDictionaryLoader
{
    public static FixDataDictionary Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FixDictionaryException($"Data dictionary '{path}' does not exist. Check the DataDictionary setting (a path to a QuickFIX-format XML file).");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static FixDataDictionary Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XDocument document;
        try
        {
            document = XDocument.Load(stream);
        }
        catch (XmlException e)
        {
            throw new FixDictionaryException($"{sourceName} is not well-formed XML: {e.Message}", e);
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "fix")
        {
            throw new FixDictionaryException($"{sourceName}: the root element must be <fix>, as in QuickFIX data dictionaries.");
        }

        var builder = new FixDictionaryBuilder(sourceName);
        var tagsByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Section(root, "fields", sourceName).Elements("field"))
        {
            var name = Attribute(field, "name", sourceName);
            var numberText = Attribute(field, "number", sourceName);
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var tag) || tag <= 0)
            {
                throw new FixDictionaryException($"{sourceName}: field '{name}' has number '{numberText}', which is not a positive tag number.");
            }

            var typeText = Attribute(field, "type", sourceName);
            if (!FixFieldTypes.TryParse(typeText, out var type))
            {
                throw new FixDictionaryException($"{sourceName}: field '{name}' has type '{typeText}', which is not a FIX data type.");
            }

            var values = field.Elements("value").Select(v => Attribute(v, "enum", sourceName)).ToList();
            builder.AddField(new FixFieldDefinition(tag, name, type, values));
            tagsByName[name] = tag;
        }

        foreach (var component in root.Element("components")?.Elements("component") ?? [])
        {
            builder.AddComponent(Attribute(component, "name", sourceName), Members(component, tagsByName, sourceName));
        }

        builder.SetHeader(Members(Section(root, "header", sourceName), tagsByName, sourceName));
        builder.SetTrailer(Members(Section(root, "trailer", sourceName), tagsByName, sourceName));
        foreach (var message in Section(root, "messages", sourceName).Elements("message"))
        {
            var category = (string?)message.Attribute("msgcat") ?? "app";
            builder.AddMessage(new MessageSpec(
                Attribute(message, "msgtype", sourceName),
                Attribute(message, "name", sourceName),
                category == "admin",
                Members(message, tagsByName, sourceName)));
        }

        return builder.Build(BeginString(root));
    }

    private static string BeginString(XElement root)
    {
        var type = (string?)root.Attribute("type") ?? "FIX";
        var major = (string?)root.Attribute("major") ?? "4";
        var minor = (string?)root.Attribute("minor") ?? "4";
        var servicePack = (string?)root.Attribute("servicepack") ?? "0";
        var beginString = $"{type}.{major}.{minor}";
        return servicePack != "0" && type == "FIX" ? $"{beginString}SP{servicePack}" : beginString;
    }

    private static List<MemberSpec> Members(XElement parent, Dictionary<string, int> tagsByName, string source)
    {
        var members = new List<MemberSpec>();
        foreach (var element in parent.Elements())
        {
            var name = Attribute(element, "name", source);
            var required = (string?)element.Attribute("required") == "Y";
            switch (element.Name.LocalName)
            {
                case "field":
                    members.Add(new FieldSpec(Tag(name, tagsByName, source, parent), required));
                    break;
                case "group":
                    members.Add(new GroupSpec(Tag(name, tagsByName, source, parent), required, Members(element, tagsByName, source)));
                    break;
                case "component":
                    members.Add(new ComponentSpec(name, required));
                    break;
                default:
                    throw new FixDictionaryException($"{source}: unexpected <{element.Name.LocalName}> in {Describe(parent)}.");
            }
        }

        return members;
    }

    private static int Tag(string name, Dictionary<string, int> tagsByName, string source, XElement parent) =>
        tagsByName.TryGetValue(name, out var tag)
            ? tag
            : throw new FixDictionaryException($"{source}: {Describe(parent)} uses field '{name}', which is not in <fields>.");

    private static string Describe(XElement element) =>
        (string?)element.Attribute("name") is { } name ? $"<{element.Name.LocalName} name='{name}'>" : $"<{element.Name.LocalName}>";

    private static XElement Section(XElement root, string name, string source) =>
        root.Element(name) ?? throw new FixDictionaryException($"{source}: the <{name}> section is missing.");

    private static string Attribute(XElement element, string name, string source) =>
        (string?)element.Attribute(name) is { Length: > 0 } value
            ? value
            : throw new FixDictionaryException($"{source}: {Describe(element)} has no '{name}' attribute.");
}
