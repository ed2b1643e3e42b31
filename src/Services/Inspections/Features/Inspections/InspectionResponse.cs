using LabourWelfare.Inspections.Domain;

namespace LabourWelfare.Inspections.Features.Inspections;

public sealed record AnswerResponse(string ItemCode, Answer Answer, string? Note, DateTimeOffset AnsweredAt);

public sealed record ViolationResponse(
    Guid Id, Guid InspectionId, ViolationCategory Category, Severity Severity, string Description, string? Provision,
    string? ItemCode, DateOnly? CorrectiveDeadline, decimal? PenaltyAmount, string? PenaltyCurrency, DateTimeOffset RecordedAt)
{
    public static ViolationResponse From(Violation v) => new(v.Id, v.InspectionId, v.Category, v.Severity, v.Description,
        v.Provision, v.ItemCode, v.CorrectiveDeadline, v.Penalty?.Amount, v.Penalty?.Currency, v.RecordedAt);
}

public sealed record RecommendationResponse(Guid Id, RecommendationKind Kind, string Text, DateTimeOffset RecordedAt);

public sealed record SupplyResponse(SupplyItem Item, int Quantity);

public sealed record InspectionResponse(
    Guid Id, string Region, Guid WorkplaceId, Guid ChecklistTemplateId, Guid? CampaignId, IReadOnlyList<string> Inspectors,
    DateOnly ScheduledOn, InspectionStatus Status, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt,
    DateTimeOffset? CancelledAt, string? CancellationReason, decimal? ComplianceScore,
    Guid? FollowUpOf, DateOnly? FollowUpDueOn, Guid? FollowUpInspectionId,
    IReadOnlyList<AnswerResponse> Answers, IReadOnlyList<ViolationResponse> Violations,
    IReadOnlyList<RecommendationResponse> Recommendations, IReadOnlyList<SupplyResponse> Supplies, DateTimeOffset CreatedAt)
{
    public static InspectionResponse From(Inspection i, Guid? followUpInspectionId = null) => new(
        i.Id, i.Region, i.WorkplaceId, i.ChecklistTemplateId, i.CampaignId, i.Inspectors, i.ScheduledOn, i.Status,
        i.StartedAt, i.CompletedAt, i.CancelledAt, i.CancellationReason, i.ComplianceScore, i.FollowUpOf, i.FollowUpDueOn,
        followUpInspectionId,
        i.Answers.OrderBy(a => a.ItemCode, StringComparer.Ordinal).Select(a => new AnswerResponse(a.ItemCode, a.Answer, a.Note, a.AnsweredAt)).ToList(),
        i.Violations.OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).Select(ViolationResponse.From).ToList(),
        i.Recommendations.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(r => new RecommendationResponse(r.Id, r.Kind, r.Text, r.RecordedAt)).ToList(),
        i.Supplies.OrderBy(s => s.Item).Select(s => new SupplyResponse(s.Item, s.Quantity)).ToList(),
        i.CreatedAt);
}

/// <summary>A row of the inspection list (no findings detail).</summary>
public sealed record InspectionSummary(
    Guid Id, Guid WorkplaceId, Guid? CampaignId, DateOnly ScheduledOn, InspectionStatus Status, decimal? ComplianceScore,
    Guid? FollowUpOf, DateOnly? FollowUpDueOn, bool Overdue);
