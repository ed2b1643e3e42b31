using LabourWelfare.Cooperatives.Domain;

namespace LabourWelfare.Cooperatives.Features.Registry;

public sealed record CooperativeResponse(
    Guid Id, string Region, string RegistrationNumber, string Name, CooperativeSector Sector, string? County,
    CooperativeStatus Status, DateOnly? RegisteredOn, DateTimeOffset CreatedAt)
{
    public static CooperativeResponse From(Cooperative c) =>
        new(c.Id, c.Region, c.RegistrationNumber, c.Name, c.Sector, c.County, c.Status, c.RegisteredOn, c.CreatedAt);
}
