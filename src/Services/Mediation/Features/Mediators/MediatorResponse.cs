using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <param name="OpenCaseload">Cases assigned or in session now, against <paramref name="CaseloadLimit"/>.</param>
public sealed record MediatorResponse(
    Guid Id, string Region, string FullName, string UserSubject, IReadOnlyList<Specialty> Specialties,
    IReadOnlyList<string> Languages, int CaseloadLimit, int OpenCaseload, bool Active, DateTimeOffset CreatedAt, string ETag)
{
    public static MediatorResponse From(Mediator m, int openCaseload) =>
        new(m.Id, m.Region, m.FullName, m.UserSubject, m.Specialties, m.Languages, m.CaseloadLimit, openCaseload, m.Active,
            m.CreatedAt, ETags.Format(m.Version));
}

public sealed record MediatorRequest(
    string? Region, string? FullName, string? UserSubject, IReadOnlyList<Specialty>? Specialties, IReadOnlyList<string>? Languages,
    int? CaseloadLimit, bool? Active)
{
    public const int MaximumCaseload = 500;

    public LabourWelfare.SharedKernel.FieldErrors Validate(LabourWelfare.SharedKernel.FieldErrors errors) => errors
        .Required("fullName", FullName).MaxLength("fullName", FullName, 300)
        .Required("specialties", Specialties)
        .When(Specialties is { Count: 0 }, "specialties", "needs at least one specialty.")
        .Required("languages", Languages)
        .When(Languages is { Count: 0 }, "languages", "needs at least one language.")
        .When(Languages is not null && Languages.Any(l => string.IsNullOrWhiteSpace(l) || l.Trim().Length > 16), "languages", "are language codes such as fa, ru, kk.")
        .Required("caseloadLimit", CaseloadLimit)
        .Range("caseloadLimit", CaseloadLimit, 1, MaximumCaseload);
}
