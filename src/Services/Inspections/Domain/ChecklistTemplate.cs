using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

public enum ChecklistTopic { Hygiene, Ppe, Distancing, RemoteWork, FirstAid, FireSafety }

public enum Severity { Minor, Major, Critical }

/// <summary>One question of a checklist: a stable code, a topic, a severity, and its text in several languages (culture → text).</summary>
public sealed record ChecklistItem(string Code, ChecklistTopic Topic, Severity Severity, IReadOnlyDictionary<string, string> Texts);

/// <summary>
/// One published version of a checklist. Versions are immutable: publishing a change creates the next version,
/// and inspections keep answering the version they started with.
/// </summary>
public sealed class ChecklistTemplate
{
    private ChecklistTemplate() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Code { get; private set; } = string.Empty;
    public int Version { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public List<ChecklistItem> Items { get; private set; } = [];
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = string.Empty;

    public static ChecklistTemplate PublishFirst(string region, string code, string title, IReadOnlyList<ChecklistItem> items, string by, DateTimeOffset now) =>
        Create(region, code, 1, title, items, by, now);

    /// <summary>The next version of this checklist; only the latest version can be revised.</summary>
    public ChecklistTemplate PublishNext(string title, IReadOnlyList<ChecklistItem> items, int latestVersion, string by, DateTimeOffset now)
    {
        if (Version != latestVersion)
            throw new DomainRuleException("template-version-stale", $"Version {Version} is not the latest (version {latestVersion}); revise the latest version.");
        return Create(Region, Code, Version + 1, title, items, by, now);
    }

    public ChecklistItem? Item(string code) => Items.FirstOrDefault(i => i.Code == code);

    private static ChecklistTemplate Create(string region, string code, int version, string title, IReadOnlyList<ChecklistItem> items, string by, DateTimeOffset now)
    {
        if (items.Count == 0) throw ValidationException.For("items", "must hold at least one item.");
        var duplicate = items.GroupBy(i => i.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw ValidationException.For("items", $"item code {duplicate.Key} appears twice.");
        return new ChecklistTemplate
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            Code = code,
            Version = version,
            Title = title,
            Items = items.ToList(),
            PublishedAt = now,
            PublishedBy = by,
        };
    }

    public static string NormalizeCode(string code) => DigitNormalizer.NormalizeDigits(code.Trim()).ToLowerInvariant();
}
