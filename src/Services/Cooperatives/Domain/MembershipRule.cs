namespace LabourWelfare.Cooperatives.Domain;

/// <summary>The regional minimum of members, held for six months before a cooperative is suspended.</summary>
public static class MembershipRule
{
    public const int MonthsBelowMinimumBeforeSuspension = 6;

    /// <summary>The first day on which a cooperative below the minimum since <paramref name="since"/> is suspended.</summary>
    public static DateOnly SuspensionDate(DateOnly since) => since.AddMonths(MonthsBelowMinimumBeforeSuspension);
}
