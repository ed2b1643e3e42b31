using LabourWelfare.TestSupport;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Tests.Domain;

internal static class DomainFixtures
{
    public static readonly DateTimeOffset Now = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly Region Fars = new("fars", "IR", "IRR", "fa-IR", [], RegionCalendar.SolarHijri, 7);
    public static readonly Region Almaty = new("almaty", "KZ", "KZT", "ru-KZ", ["kk-KZ"], RegionCalendar.Gregorian, 5);

    public static Party Worker(string? nationalId = null) => new(PartyKind.Person, "Reza Ahmadi", nationalId ?? NationalIds.NewIranian(), null);

    public static Party Employer(string name = "Shiraz Textile Co.") => new(PartyKind.Organisation, name, null, "REG-1");

    public static MediationCase Case(CaseCategory category = CaseCategory.LabourWages, Party? applicant = null, Party? respondent = null, string? language = null) =>
        MediationCase.Open(new CaseNumber("fars", 1404, 1), category, CaseChannel.WalkIn, applicant ?? Worker(), respondent ?? Employer(),
            "Three months of wages unpaid.", language, "officer", Now);

    public static Mediator Mediator(string region = "fars", int limit = 3, params Specialty[] specialties) =>
        LabourWelfare.Mediation.Domain.Mediator.Register(region, "Maryam Karimi", "mediator-" + Guid.NewGuid().ToString("N"),
            specialties.Length == 0 ? [Specialty.Labour] : specialties, ["fa"], limit, Now);
}
