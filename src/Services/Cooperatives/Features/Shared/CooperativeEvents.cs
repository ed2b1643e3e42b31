using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Shared;

/// <summary>
/// The public events about a cooperative, built from the record (codes as kebab-case, no personal data). The envelope
/// is filled when the event is queued: <c>db.AddEvent(event, cooperative.Region, now)</c>.
/// </summary>
internal static class CooperativeEvents
{
    public static CooperativeRegistered Registered(Cooperative c, int memberCount) => new(
        c.Id, c.RegistrationNumber, c.Name, KebabCase.Name(c.Sector), c.County, memberCount, c.RegisteredOn!.Value);

    public static CooperativeSuspended Suspended(Cooperative c) => new(
        c.Id, c.RegistrationNumber, KebabCase.Name(c.SuspensionReason!.Value));

    public static CooperativeDissolved Dissolved(Cooperative c) => new(c.Id, c.RegistrationNumber, c.DissolvedOn!.Value);
}
