namespace LabourWelfare.Web.Localization;

/// <summary>
/// Every text of the interface in en, fa, ru and kk. A small in-code table rather than four .resx files: one place to
/// add a text in all four languages at once, and a test checks that every key used by a page is here.
/// Texts may take {0}-style arguments (numbers in them get the reader's digits).
/// </summary>
public static partial class UiText
{
    private static readonly Dictionary<string, string[]> Texts = new(StringComparer.Ordinal);

    /// <summary>The keys, for the completeness test.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    public static string Get(string key, string language) => TryGet(key, language) ?? key;

    public static string? TryGet(string key, string language)
    {
        if (!Texts.TryGetValue(key, out var texts)) return null;
        return language switch { "fa" => texts[1], "ru" => texts[2], "kk" => texts[3], _ => texts[0] };
    }

    private static void Add(string key, string en, string fa, string ru, string kk) => Texts.Add(key, [en, fa, ru, kk]);

    static UiText()
    {
        Common();
        Inspections();
        Mediation();
        Aid();
        Cooperatives();
        Statistics();
        Enums();
    }
}
