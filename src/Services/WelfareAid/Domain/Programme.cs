using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Domain;

public enum ProgrammeStatus { Draft, Active, Closed }

/// <summary>
/// An aid programme of a region: a kind of aid, eligibility rules (as data), a period, a benefit per approved
/// application and a budget in the region's currency. Books: disbursed ≤ reserved ≤ budget, always.
/// </summary>
public sealed class Programme
{
    private Programme() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public ProgrammeKind Kind { get; private set; }
    public ProgrammeStatus Status { get; private set; }
    public int? MaxDecile { get; private set; }
    public TargetGroup[] TargetGroups { get; private set; } = [];
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    /// <summary>Paid per approved application.</summary>
    public Money Benefit { get; private set; }

    public Money Budget { get; private set; }

    /// <summary>Promised to approved applications (paid or not yet).</summary>
    public Money Reserved { get; private set; }

    public Money Disbursed { get; private set; }

    /// <summary>Set once, when the budget can no longer cover one more benefit: ProgrammeBudgetExhausted goes out once.</summary>
    public DateTimeOffset? BudgetExhaustedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public uint Version { get; private set; }

    public Money Remaining => Budget - Reserved;

    public EligibilityRules Rules => new(Region, MaxDecile, TargetGroups, StartsOn, EndsOn);

    public static Programme Create(
        string region, string name, ProgrammeKind kind, int? maxDecile, IEnumerable<TargetGroup> targetGroups,
        DateOnly startsOn, DateOnly endsOn, Money benefit, Money budget, string createdBy, DateTimeOffset now)
    {
        if (endsOn < startsOn)
            throw new DomainRuleException("period-invalid", "The programme must end on or after the day it starts.");
        if (benefit.Currency != budget.Currency)
            throw new DomainRuleException("currency.mixed", "Benefit and budget must be in the same currency.");
        if (benefit.Amount <= 0 || budget.Amount < benefit.Amount)
            throw new DomainRuleException("budget-too-small", "The budget must cover at least one benefit.");
        if (maxDecile is < Beneficiary.MinDecile or > Beneficiary.MaxDecile)
            throw new DomainRuleException("income-decile-invalid", "Income deciles run from 1 to 10.");
        return new Programme
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            Name = name,
            Kind = kind,
            Status = ProgrammeStatus.Draft,
            MaxDecile = maxDecile,
            TargetGroups = targetGroups.Distinct().Order().ToArray(),
            StartsOn = startsOn,
            EndsOn = endsOn,
            Benefit = benefit,
            Budget = budget,
            Reserved = Money.Zero(budget.Currency),
            Disbursed = Money.Zero(budget.Currency),
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    public void Activate(DateTimeOffset now)
    {
        if (Status != ProgrammeStatus.Draft)
            throw new DomainRuleException("invalid-transition", $"A {Status} programme cannot be activated; only a draft can.");
        Status = ProgrammeStatus.Active;
        ActivatedAt = now;
    }

    /// <summary>Closing leaves no promise unkept: undecided and approved-but-unpaid applications must be settled first.</summary>
    public void Close(int unsettledApplications, DateTimeOffset now)
    {
        if (Status != ProgrammeStatus.Active)
            throw new DomainRuleException("invalid-transition", $"A {Status} programme cannot be closed; only an active one can.");
        if (unsettledApplications > 0)
            throw new DomainRuleException("unsettled-applications",
                $"{unsettledApplications} application(s) are still undecided or approved but not fully disbursed.");
        Status = ProgrammeStatus.Closed;
        ClosedAt = now;
    }

    /// <summary>
    /// Reserves one benefit for an approval. Call with the programme's row locked, so concurrent approvals queue here.
    /// Returns true when this reservation left too little for another benefit (the moment to announce exhaustion).
    /// </summary>
    public bool Reserve(DateTimeOffset now)
    {
        if (Status != ProgrammeStatus.Active)
            throw new DomainRuleException("programme-not-active", $"The programme is {Status}; only an active programme approves applications.");
        if ((Reserved + Benefit).Amount > Budget.Amount)
            throw new DomainRuleException("budget-exhausted", "The programme's budget cannot cover another benefit.");
        Reserved += Benefit;
        if (BudgetExhaustedAt is null && Remaining.Amount < Benefit.Amount)
        {
            BudgetExhaustedAt = now;
            return true;
        }
        return false;
    }

    /// <summary>A cancelled approval gives back what it had reserved and not paid out.</summary>
    public void Release(Money amount) => Reserved -= amount;

    public void RecordDisbursement(Money amount)
    {
        var disbursed = Disbursed + amount;
        if (disbursed.Amount > Reserved.Amount)
            throw new DomainRuleException("over-disbursement", "Disbursements cannot exceed what was reserved.");
        Disbursed = disbursed;
    }
}
