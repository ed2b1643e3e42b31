using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Domain;

/// <summary>
/// A person or household head who may receive aid. The national id is unique across the service. Household size and
/// income decile may be unknown when the record was opened by a referral; an officer completes them.
/// </summary>
public sealed class Beneficiary
{
    private Beneficiary() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string NationalId { get; private set; } = string.Empty;
    public string FullName { get; private set; } = string.Empty;
    public int? HouseholdSize { get; private set; }
    public int? IncomeDecile { get; private set; }
    public TargetGroup[] TargetGroups { get; private set; } = [];
    public Provenance? OpenedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public uint Version { get; private set; }

    public const int MinDecile = 1;
    public const int MaxDecile = 10;

    public static Beneficiary Register(
        string region, string nationalId, string fullName, int? householdSize, int? incomeDecile,
        IEnumerable<TargetGroup> targetGroups, string createdBy, DateTimeOffset now, Provenance? openedBy = null)
    {
        Guard(householdSize, incomeDecile);
        return new Beneficiary
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            NationalId = nationalId,
            FullName = fullName,
            HouseholdSize = householdSize,
            IncomeDecile = incomeDecile,
            TargetGroups = targetGroups.Distinct().Order().ToArray(),
            OpenedBy = openedBy,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    public void Update(string fullName, int? householdSize, int? incomeDecile, IEnumerable<TargetGroup> targetGroups)
    {
        Guard(householdSize, incomeDecile);
        FullName = fullName;
        HouseholdSize = householdSize;
        IncomeDecile = incomeDecile;
        TargetGroups = targetGroups.Distinct().Order().ToArray();
    }

    /// <summary>A referral says the person belongs to a group (an accident victim, a dismissed worker).</summary>
    public void JoinTargetGroup(TargetGroup group)
    {
        if (!TargetGroups.Contains(group)) TargetGroups = TargetGroups.Append(group).Order().ToArray();
    }

    private static void Guard(int? householdSize, int? incomeDecile)
    {
        if (householdSize is < 1)
            throw new DomainRuleException("household-size-invalid", "A household has at least one member.");
        if (incomeDecile is < MinDecile or > MaxDecile)
            throw new DomainRuleException("income-decile-invalid", "Income deciles run from 1 to 10.");
    }
}
