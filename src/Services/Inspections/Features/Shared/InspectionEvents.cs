using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>
/// The public events about an inspection, built from the records (codes as kebab-case). The envelope is filled when
/// the event is queued: <c>db.AddEvent(event, inspection.Region, now)</c>.
/// </summary>
internal static class InspectionEvents
{
    public static InspectionCompleted Completed(Inspection inspection, Workplace workplace, bool followUpRequired) => new(
        inspection.Id, workplace.Id, KebabCase.Name(workplace.Sector), inspection.ComplianceScore!.Value,
        inspection.Violations.Count, inspection.Violations.Count(v => v.Severity == Severity.Critical), followUpRequired);

    public static ViolationRecorded ViolationRecorded(Inspection inspection, Violation violation, Workplace workplace) => new(
        inspection.Id, violation.Id, workplace.Id, workplace.Name, workplace.EmployerName,
        KebabCase.Name(violation.Category), KebabCase.Name(violation.Severity), violation.CorrectiveDeadline);

    public static FollowUpOverdue FollowUpOverdue(Inspection followUp) => new(
        followUp.Id, followUp.FollowUpOf!.Value, followUp.WorkplaceId, followUp.FollowUpDueOn!.Value);
}
