using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// The XML doc comments the compiler writes next to each assembly (GenerateDocumentationFile), read at run time so
/// the OpenAPI descriptions are the comments on the code: a use case's class summary describes its operation, a
/// record's summary (or the &lt;param&gt; of its positional property) describes its schema and fields.
/// </summary>
internal static partial class XmlDocs
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>> Files = new();

    public static string? Type(Type type) => Summary(Member(type.Assembly, "T:" + Id(type)));

    public static string? Property(PropertyInfo property)
    {
        var declaring = property.DeclaringType!;
        return Summary(Member(declaring.Assembly, $"P:{Id(declaring)}.{property.Name}"))
            ?? Param(Member(declaring.Assembly, "T:" + Id(declaring)), property.Name);
    }

    /// <summary>The handler's own summary, else its class's (one use case per class).</summary>
    public static string? Operation(MethodInfo? handler) =>
        handler is null ? null : Summary(Method(handler)) ?? (handler.DeclaringType is { } t ? Type(t) : null);

    public static string? Parameter(MethodInfo? handler, string name) => handler is null ? null : Param(Method(handler), name);

    private static XElement? Method(MethodInfo method)
    {
        if (method.DeclaringType is not { } type) return null;
        var members = Load(type.Assembly);
        var prefix = $"M:{Id(type)}.{method.Name}";
        return members.FirstOrDefault(m => m.Key == prefix || m.Key.StartsWith(prefix + "(", StringComparison.Ordinal)).Value;
    }

    private static XElement? Member(Assembly assembly, string id) => Load(assembly).GetValueOrDefault(id);

    private static string Id(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    private static IReadOnlyDictionary<string, XElement> Load(Assembly assembly) => Files.GetOrAdd(assembly, a =>
    {
        try
        {
            var path = Path.ChangeExtension(a.Location, ".xml");
            if (string.IsNullOrEmpty(a.Location) || !File.Exists(path)) return new Dictionary<string, XElement>();
            return XDocument.Load(path).Descendants("member")
                .Where(m => m.Attribute("name") is not null)
                .GroupBy(m => m.Attribute("name")!.Value)
                .ToDictionary(g => g.Key, g => g.First());
        }
        catch (Exception ex) when (ex is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return new Dictionary<string, XElement>();
        }
    });

    private static string? Summary(XElement? member) => Text(member?.Element("summary"));

    private static string? Param(XElement? member, string name) =>
        Text(member?.Elements("param").FirstOrDefault(p => string.Equals(p.Attribute("name")?.Value, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Plain text with <c>code</c> in backticks and cross-references by their short names.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null) return null;
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t: text.Append(t.Value); break;
                case XElement { Name.LocalName: "c" } c: text.Append('`').Append(c.Value).Append('`'); break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var target = see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? see.Attribute("href")?.Value ?? "";
                    var shortName = target[(target.LastIndexOf('.') + 1)..].Split('`')[0];
                    text.Append(string.IsNullOrEmpty(see.Value) ? shortName : see.Value);
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference: text.Append('`').Append(reference.Attribute("name")?.Value).Append('`'); break;
                case XElement other: text.Append(other.Value); break;
            }
        }
        var result = Spaces().Replace(text.ToString(), " ").Trim();
        return result.Length == 0 ? null : result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

internal static partial class Words
{
    /// <summary>"penaltyAmount" → "penalty amount".</summary>
    public static string Humanize(string name) => CamelBoundary().Replace(name, " $1").ToLowerInvariant().Trim();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
