using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Shared;

/// <summary>The public events about a cooperative, built from the record (codes as kebab-case, no personal data).</summary>
internal static class CooperativeEvents
{
    public static CooperativeRegistered Registered(Cooperative c, int memberCount, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Region, OutboxDbContextExtensions.CurrentCorrelationId(),
        c.Id, c.RegistrationNumber, c.Name, KebabCase.Name(c.Sector), c.County, memberCount, c.RegisteredOn!.Value);

    public static CooperativeSuspended Suspended(Cooperative c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Region, OutboxDbContextExtensions.CurrentCorrelationId(),
        c.Id, c.RegistrationNumber, KebabCase.Name(c.SuspensionReason!.Value));

    public static CooperativeDissolved Dissolved(Cooperative c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Region, OutboxDbContextExtensions.CurrentCorrelationId(),
        c.Id, c.RegistrationNumber, c.DissolvedOn!.Value);
}
