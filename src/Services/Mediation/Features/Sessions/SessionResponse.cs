using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Mediation.Features.Sessions;

public sealed record SessionResponse(
    Guid Id, Guid CaseId, Guid MediatorId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location,
    SessionStatus Status, string? CancellationReason, string ETag)
{
    public static SessionResponse From(Session s) =>
        new(s.Id, s.CaseId, s.MediatorId, s.StartsAt, s.EndsAt, s.Location, s.Status, s.CancellationReason, ETags.Format(s.Version));
}
