using System.Text.RegularExpressions;

namespace LabourWelfare.ServiceDefaults.Localization;

/// <summary>
/// Translations of the English texts problems are written in (titles, details, field messages), keyed by the
/// English text. Templates take values: "must be between {0} and {1}." matches "must be between 1 and 100." and
/// keeps the values. Services add their own texts with
/// <c>services.Configure&lt;ProblemTranslations&gt;(t =&gt; t.Add(english, fa, ru, kk))</c>; unknown texts stay English.
/// </summary>
public sealed class ProblemTranslations
{
    private readonly List<Entry> _entries = [];

    public ProblemTranslations() => BuiltIn.AddTo(this);

    public ProblemTranslations Add(string english, string persian, string russian, string kazakh)
    {
        _entries.RemoveAll(e => e.English == english);
        _entries.Add(new Entry(english, ToPattern(english), new Dictionary<string, string>
        {
            [ProblemLanguages.Persian] = persian,
            [ProblemLanguages.Russian] = russian,
            [ProblemLanguages.Kazakh] = kazakh,
        }));
        return this;
    }

    /// <summary>The text in <paramref name="language"/>, or the text itself when there is no translation.</summary>
    public string Translate(string text, string language)
    {
        if (language == ProblemLanguages.English || string.IsNullOrEmpty(text)) return text;
        foreach (var entry in _entries)
        {
            if (!entry.Translations.TryGetValue(language, out var translated)) continue;
            if (entry.Pattern is null)
            {
                if (entry.English == text) return translated;
                continue;
            }
            var match = entry.Pattern.Match(text);
            if (!match.Success) continue;
            var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object)g.Value).ToArray();
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, translated, values);
        }
        return text;
    }

    private static Regex? ToPattern(string english)
    {
        if (!english.Contains("{0}", StringComparison.Ordinal)) return null;
        var pattern = Regex.Escape(english);
        for (var i = 0; i < 10; i++) pattern = pattern.Replace(Regex.Escape("{" + i + "}"), "(.+?)");
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private sealed record Entry(string English, Regex? Pattern, IReadOnlyDictionary<string, string> Translations);
}
