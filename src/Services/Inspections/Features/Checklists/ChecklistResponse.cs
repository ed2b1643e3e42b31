using LabourWelfare.Inspections.Domain;

namespace LabourWelfare.Inspections.Features.Checklists;

public sealed record ChecklistResponse(
    Guid Id, string Region, string Code, int Version, string Title, IReadOnlyList<ChecklistItem> Items,
    DateTimeOffset PublishedAt, bool IsLatest)
{
    public static ChecklistResponse From(ChecklistTemplate t, bool isLatest) =>
        new(t.Id, t.Region, t.Code, t.Version, t.Title, t.Items, t.PublishedAt, isLatest);
}
