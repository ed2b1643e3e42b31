using LabourWelfare.Inspections.Domain;

namespace LabourWelfare.Inspections.Tests.Domain;

internal static class DomainFixtures
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Workplace Workplace(int workforce = 30, Sector sector = Sector.Industry) =>
        LabourWelfare.Inspections.Domain.Workplace.Register("fars", "Tile works", "Shiraz", sector, workforce, "Pars Tile Co", "W-1", Now);

    public static ChecklistTemplate Template(string region = "fars") => ChecklistTemplate.PublishFirst(region, "safe-work", "Safe work",
    [
        new ChecklistItem("hyg-1", ChecklistTopic.Hygiene, Severity.Minor, new Dictionary<string, string> { ["en"] = "Clean" }),
        new ChecklistItem("ppe-1", ChecklistTopic.Ppe, Severity.Major, new Dictionary<string, string> { ["en"] = "Masks" }),
        new ChecklistItem("fire-1", ChecklistTopic.FireSafety, Severity.Critical, new Dictionary<string, string> { ["en"] = "Extinguishers" }),
    ], "inspector-1", Now);

    public static (Inspection Inspection, ChecklistTemplate Template) InProgress()
    {
        var template = Template();
        var inspection = Inspection.Schedule(Workplace(), template, ["inspector-1"], Today, null, "inspector-1", Now);
        inspection.Start(Now);
        return (inspection, template);
    }

    public static void AnswerAll(Inspection inspection, ChecklistTemplate template, Answer fire = Answer.Compliant) =>
        inspection.AnswerItems(template, [("hyg-1", Answer.Compliant, null), ("ppe-1", Answer.NonCompliant, "none"), ("fire-1", fire, null)], Now);
}
