using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>The public events about an accident case (the injured as aid officers need them, no medical details).</summary>
internal static class AccidentEvents
{
    public static AccidentReported Reported(AccidentCase accident) => new(
        accident.Id, accident.WorkplaceId, KebabCase.Name(accident.Sector), accident.OccurredAt, KebabCase.Name(accident.Severity),
        accident.Injured.Select(p => new InjuredPerson(p.NationalId, p.FullName, KebabCase.Name(p.InjurySeverity))).ToList());

    public static AccidentCaseClosed Closed(AccidentCase accident) => new(
        accident.Id, accident.WorkplaceId, KebabCase.Name(accident.Sector), KebabCase.Name(accident.Severity),
        KebabCase.Name(accident.RootCauseCategory!.Value));
}
