using System.Text;
using LabourWelfare.ServiceDefaults.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// Walks every <c>new DomainRuleException(code, message)</c> in a service's sources (and the shared kernel's), turns
/// each message into its template ("A {0} application cannot be {1}."), and checks that the service's problem
/// translations write it in Persian, Russian and Kazakh, each different from the English and keeping its values. A
/// rule added without its translations fails here, whichever file it is in.
/// </summary>
public static class RuleMessages
{
    private static readonly string[] Languages = [ProblemLanguages.Persian, ProblemLanguages.Russian, ProblemLanguages.Kazakh];

    public static void Verify(IServiceProvider services, string serviceFolder)
    {
        var translations = services.GetRequiredService<IOptions<ProblemTranslations>>().Value;
        var root = TestEnvironment.RepositoryRoot;
        var rules = Find(Path.Combine(root, "src", "Services", serviceFolder))
            .Concat(Find(Path.Combine(root, "src", "BuildingBlocks", "SharedKernel"))).ToList();
        Assert.True(rules.Count > 0, $"no DomainRuleException found in {serviceFolder}");

        var failures = new List<string>();
        foreach (var (file, code, template) in rules.Distinct())
        {
            // The values a message names, as a caller would see them; they must survive translation.
            var values = Enumerable.Range(0, 10).Select(i => $"V{i}x").ToArray();
            var english = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values);
            foreach (var language in Languages)
            {
                var translated = translations.Translate(english, language);
                if (translated == english)
                    failures.Add($"{code} ({Path.GetFileName(file)}) has no {language} text: \"{template}\"");
                else if (values.Take(Holes(template)).Any(v => !translated.Contains(v, StringComparison.Ordinal)))
                    failures.Add($"{code} ({Path.GetFileName(file)}): the {language} text loses a value: \"{translated}\"");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} rule message(s) without translations\n" + string.Join("\n", failures));
    }

    private static int Holes(string template)
    {
        var count = 0;
        while (template.Contains("{" + count + "}", StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>(file, code, English template) of every rule thrown in the folder's C# sources.</summary>
    public static IEnumerable<(string File, string Code, string Template)> Find(string folder)
    {
        const string Marker = "new DomainRuleException(";
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var source = File.ReadAllText(file);
            for (var at = source.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = source.IndexOf(Marker, at + 1, StringComparison.Ordinal))
            {
                var arguments = Arguments(source, at + Marker.Length);
                if (arguments.Count < 2) continue;
                yield return (file, arguments[0], Template(arguments[1]));
            }
        }
    }

    /// <summary>The top-level arguments of a call whose '(' ends just before <paramref name="start"/>.</summary>
    private static List<string> Arguments(string source, int start)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < source.Length && source[i + 1] == '"'))
            {
                var end = StringEnd(source, i);
                current.Append(source, i, end - i + 1);
                i = end;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            if (c is ')' or ']' or '}')
            {
                if (depth == 0) { arguments.Add(current.ToString().Trim()); return arguments; }
                depth--;
            }
            if (c == ',' && depth == 0) { arguments.Add(current.ToString().Trim()); current.Clear(); continue; }
            current.Append(c);
        }
        return arguments;
    }

    /// <summary>The index of the closing quote of the (possibly interpolated) string literal starting at <paramref name="start"/>.</summary>
    private static int StringEnd(string source, int start)
    {
        var interpolated = source[start] == '$';
        var i = source[start] == '"' ? start + 1 : start + 2;
        var holes = 0;
        for (; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\') { i++; continue; }
            if (interpolated && c == '{') { if (holes == 0 && source[i + 1] == '{') { i++; continue; } holes++; continue; }
            if (interpolated && c == '}') { if (holes == 0 && source[i + 1] == '}') { i++; continue; } holes--; continue; }
            if (c == '"' && holes > 0) { i = StringEnd(source, i); continue; }
            if (c == '"') return i;
        }
        throw new InvalidOperationException("Unterminated string literal.");
    }

    /// <summary>"The bank paid " + x + $"... {y}." → "The bank paid {0}... {1}.": literal text kept, every value a hole.</summary>
    private static string Template(string expression)
    {
        var template = new StringBuilder();
        var hole = 0;
        foreach (var part in SplitOnPlus(expression))
        {
            if (part.StartsWith("$\"", StringComparison.Ordinal))
            {
                var body = part[2..^1];
                for (var i = 0; i < body.Length; i++)
                {
                    if (body[i] != '{') { template.Append(body[i]); continue; }
                    var depth = 1;
                    while (depth > 0 && ++i < body.Length) depth += body[i] == '{' ? 1 : body[i] == '}' ? -1 : 0;
                    template.Append('{').Append(hole++).Append('}');
                }
            }
            else if (part.StartsWith('"')) template.Append(part[1..^1]);
            else template.Append('{').Append(hole++).Append('}');
        }
        return string.Join(' ', template.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<string> SplitOnPlus(string expression)
    {
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < expression.Length && expression[i + 1] == '"'))
            {
                var end = StringEnd(expression, i);
                current.Append(expression, i, end - i + 1);
                i = end;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            if (c is ')' or ']' or '}') depth--;
            if (c == '+' && depth == 0) { yield return current.ToString().Trim(); current.Clear(); continue; }
            current.Append(c);
        }
        yield return current.ToString().Trim();
    }
}
