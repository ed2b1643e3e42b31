using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Programmes;

public sealed record EligibilityRulesResponse(int? MaxDecile, IReadOnlyList<TargetGroup> TargetGroups, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A programme with its books: budget, reserved by approvals, disbursed, and what remains.</summary>
public sealed record ProgrammeResponse(
    Guid Id, string Region, string Name, ProgrammeKind Kind, ProgrammeStatus Status, EligibilityRulesResponse Eligibility,
    Money Benefit, Money Budget, Money Reserved, Money Disbursed, Money Remaining, DateTimeOffset? BudgetExhaustedAt,
    DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt, DateTimeOffset? ClosedAt)
{
    public static ProgrammeResponse From(Programme p) => new(
        p.Id, p.Region, p.Name, p.Kind, p.Status, new(p.MaxDecile, p.TargetGroups, p.StartsOn, p.EndsOn),
        p.Benefit, p.Budget, p.Reserved, p.Disbursed, p.Remaining, p.BudgetExhaustedAt, p.CreatedAt, p.ActivatedAt, p.ClosedAt);
}
