using System.Text.RegularExpressions;
using LabourWelfare.Web.Localization;

namespace LabourWelfare.Web.Tests;

public sealed class UiTextTests
{
    private static readonly string WebSource = Path.Combine(RepositoryRoot(), "src", "Web");

    [Fact]
    public void Every_text_a_page_asks_for_exists_in_all_four_languages()
    {
        var used = Directory.EnumerateFiles(WebSource, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "Ui\\.T\\(\"([^\"]+)\"").Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        var missing = used.Where(u => !UiText.Keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("ru")]
    [InlineData("kk")]
    [InlineData("en")]
    public void No_text_is_empty_or_left_in_English_by_mistake(string language)
    {
        foreach (var key in UiText.Keys)
        {
            var text = UiText.Get(key, language);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{key} is empty in {language}");
            if (language == "fa" && !key.StartsWith("region.", StringComparison.Ordinal))
                Assert.True(text.Any(c => c is >= '\u0600' and <= '\u06FF') || text.All(c => !char.IsLetter(c)), $"{key} is not Persian: {text}");
        }
    }

    [Fact]
    public void Unknown_enum_values_show_as_sent_rather_than_failing()
    {
        Assert.Null(UiText.TryGet("enum.some-new-status", "fa"));
        Assert.Equal("Illegal dismissal", UiText.Get("enum.illegal-dismissal", "en"));
        Assert.Equal("اخراج غیرقانونی", UiText.Get("enum.illegal-dismissal", "fa"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "LabourWelfare.slnx"))) directory = directory.Parent!;
        return directory.FullName;
    }
}
