using LabourWelfare.Contracts;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Features.Shared;

/// <summary>
/// The public events about a mediation case (the dismissed worker only for a labour dismissal, for Welfare aid). The
/// envelope is filled when the event is queued: <c>db.AddEvent(event, @case.Region, now)</c>.
/// </summary>
internal static class CaseEvents
{
    public static MediationCaseClosed Closed(MediationCase @case) => new(
        @case.Id, @case.Number, KebabCase.Name(@case.Category), KebabCase.Name(@case.Outcome!.Value),
        @case.WorkplaceId, @case.EmployerName,
        @case.DismissedWorker() is { } worker ? new DismissedWorker(worker.NationalId!, worker.Name) : null);
}
