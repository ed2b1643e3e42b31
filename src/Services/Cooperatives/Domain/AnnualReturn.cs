using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

/// <summary>
/// A cooperative's return for one year (the region's year): jobs provided and revenue in the region's currency.
/// One per cooperative and year; a correction changes it in place, with a reason, and the audit trail keeps the old values.
/// </summary>
public sealed class AnnualReturn
{
    private AnnualReturn() { }

    public Guid Id { get; private set; }
    public Guid CooperativeId { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public int Year { get; private set; }
    public int JobsProvided { get; private set; }
    public Money Revenue { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public string FiledBy { get; private set; } = string.Empty;
    public int Corrections { get; private set; }
    public DateTimeOffset? LastCorrectedAt { get; private set; }
    public string? LastCorrectionReason { get; private set; }
    public uint Version { get; private set; }

    public static AnnualReturn File(Cooperative cooperative, Region region, int year, int jobsProvided, Money revenue,
        string filedBy, DateTimeOffset now)
    {
        if (cooperative.Status is CooperativeStatus.Founding or CooperativeStatus.Dissolved || cooperative.RegisteredOn is null)
            throw new DomainRuleException("cooperative-not-registered-or-dissolved",
                $"Annual returns are filed by registered cooperatives; this one is {cooperative.Status}.");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (year > region.YearOf(today))
            throw ValidationException.For("year", "must not be a future year.");
        if (year < region.YearOf(cooperative.RegisteredOn.Value))
            throw ValidationException.For("year", "must not be before the year of registration.");
        EnsureValues(jobsProvided, revenue, region);
        return new AnnualReturn
        {
            Id = Guid.CreateVersion7(now),
            CooperativeId = cooperative.Id,
            Region = cooperative.Region,
            Year = year,
            JobsProvided = jobsProvided,
            Revenue = revenue,
            FiledAt = now,
            FiledBy = filedBy,
        };
    }

    /// <summary>Corrects the figures; the reason is kept, the old values stay in the audit trail.</summary>
    public void Correct(int jobsProvided, Money revenue, string reason, Region region, DateTimeOffset now)
    {
        EnsureValues(jobsProvided, revenue, region);
        if (jobsProvided == JobsProvided && revenue.Amount == Revenue.Amount)
            throw new DomainRuleException("correction-changes-nothing", "The correction has the figures already filed.");
        JobsProvided = jobsProvided;
        Revenue = revenue;
        Corrections++;
        LastCorrectedAt = now;
        LastCorrectionReason = reason;
    }

    private static void EnsureValues(int jobsProvided, Money revenue, Region region)
    {
        var errors = new FieldErrors()
            .When(jobsProvided < 0, "jobsProvided", "must not be negative.")
            .When(revenue.Amount < 0, "revenue.amount", "must not be negative.")
            .When(revenue.Currency != region.Currency, "revenue.currency", $"must be {region.Currency}, the currency of the region.");
        errors.ThrowIfAny();
    }
}
