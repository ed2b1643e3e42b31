using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Tests.Domain;

internal static class DomainFixtures
{
    public static readonly DateTimeOffset Now = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly Region Fars = new("fars", "IR", "IRR", "fa-IR", [], RegionCalendar.SolarHijri, 7);
    public static readonly Region Almaty = new("almaty", "KZ", "KZT", "ru-KZ", ["kk-KZ"], RegionCalendar.Gregorian, 5);

    public static Cooperative Founding(string region = "fars") =>
        Cooperative.Found(region, "fa-۱۲۳", "Test", CooperativeSector.Production, null, "registrar", Now);

    public static Cooperative Registered(DateOnly? on = null)
    {
        var cooperative = Founding();
        cooperative.Register(7, 7, on ?? Today);
        return cooperative;
    }

    public static Cooperative InStatus(CooperativeStatus status)
    {
        var cooperative = Founding();
        if (status == CooperativeStatus.Founding) return cooperative;
        cooperative.Register(7, 7, Today);
        if (status == CooperativeStatus.Active) cooperative.Activate(Today);
        if (status == CooperativeStatus.Suspended) cooperative.Suspend(SuspensionReason.Irregularities, Today);
        if (status == CooperativeStatus.Dissolved) cooperative.Dissolve(Today, DissolutionReason.MembersResolution, Today);
        return cooperative;
    }
}
