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
