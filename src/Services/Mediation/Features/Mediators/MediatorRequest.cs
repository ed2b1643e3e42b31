using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>A mediator as registered (RegisterMediator's body); UpdateMediator checks its fields with the same rules.</summary>
public sealed record MediatorRequest(
    string? Region, string? FullName, string? UserSubject, IReadOnlyList<Specialty>? Specialties, IReadOnlyList<string>? Languages,
    int? CaseloadLimit, bool? Active)
{
    public const int MaximumCaseload = 500;

    public FieldErrors Validate(FieldErrors errors) => errors
        .Required("fullName", FullName).MaxLength("fullName", FullName, 300)
        .Required("specialties", Specialties)
        .When(Specialties is { Count: 0 }, "specialties", "needs at least one specialty.")
        .Required("languages", Languages)
        .When(Languages is { Count: 0 }, "languages", "needs at least one language.")
        .When(Languages is not null && Languages.Any(l => string.IsNullOrWhiteSpace(l) || l.Trim().Length > 16), "languages", "are language codes such as fa, ru, kk.")
        .Required("caseloadLimit", CaseloadLimit)
        .Range("caseloadLimit", CaseloadLimit, 1, MaximumCaseload);
}
