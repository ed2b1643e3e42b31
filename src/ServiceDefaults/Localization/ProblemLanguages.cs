using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LabourWelfare.ServiceDefaults.Localization;

/// <summary>The languages problems are written in, chosen from Accept-Language; English when none fits.</summary>
public static class ProblemLanguages
{
    public const string English = "en";
    public const string Persian = "fa";
    public const string Russian = "ru";
    public const string Kazakh = "kk";

    public static IReadOnlyList<string> Supported { get; } = [English, Persian, Russian, Kazakh];

    /// <summary>The best supported language by quality ("fa-IR;q=0.9, en;q=0.5" → fa); "en" otherwise.</summary>
    public static string Choose(HttpRequest request)
    {
        IList<StringWithQualityHeaderValue> accepted;
        try
        {
            accepted = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return English;
        }
        var best = accepted
            .Where(v => v.Quality is null or > 0)
            .Select((value, index) => (Language: Primary(value.Value.Value), Quality: value.Quality ?? 1, index))
            .Where(v => v.Language is not null && Supported.Contains(v.Language))
            .OrderByDescending(v => v.Quality).ThenBy(v => v.index)
            .Select(v => v.Language)
            .FirstOrDefault();
        return best ?? English;
    }

    /// <summary>Content-Language of the response, and Vary: Accept-Language so caches keep one copy per language.</summary>
    public static void Declare(HttpResponse response, string language)
    {
        if (response.HasStarted) return;
        response.Headers.ContentLanguage = language;
        if (!response.Headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptLanguage, StringComparison.OrdinalIgnoreCase)))
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }

    private static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var dash = tag.IndexOf('-');
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
    }
}
