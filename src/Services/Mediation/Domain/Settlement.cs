using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>One amount the parties agreed on (back wages, severance, compensation), in one currency.</summary>
public sealed record SettlementAmount(string Description, decimal Amount, string Currency);

/// <summary>One instalment of the payment plan.</summary>
public sealed record Instalment(DateOnly DueOn, decimal Amount, string Currency);

/// <summary>
/// What the parties agreed. When a payment plan is given it pays exactly the agreed amounts, per currency
/// (currencies are never mixed in a sum).
/// </summary>
public sealed record SettlementTerms(string Terms, IReadOnlyList<SettlementAmount> Amounts, IReadOnlyList<Instalment> PaymentPlan)
{
    public IReadOnlyList<Money> Totals => SumByCurrency(Amounts.Select(a => new Money(a.Amount, a.Currency)));

    public IReadOnlyList<Money> PlanTotals => SumByCurrency(PaymentPlan.Select(i => new Money(i.Amount, i.Currency)));

    /// <summary>Checks the terms hang together; throws a 409 rule violation when they do not.</summary>
    public void EnsureConsistent()
    {
        if (Amounts.Any(a => a.Amount <= 0) || PaymentPlan.Any(i => i.Amount <= 0))
            throw new DomainRuleException("settlement-amount-not-positive", "Settlement amounts and instalments must be positive.");
        if (PaymentPlan.Count == 0) return;
        if (!Totals.OrderBy(m => m.Currency).SequenceEqual(PlanTotals.OrderBy(m => m.Currency)))
            throw new DomainRuleException("payment-plan-mismatch",
                "The payment plan must pay exactly the agreed amounts in each currency.");
        if (PaymentPlan.Select(i => (i.DueOn, i.Currency)).Distinct().Count() != PaymentPlan.Count)
            throw new DomainRuleException("payment-plan-duplicate-date", "Two instalments in one currency fall on the same date.");
    }

    public static IReadOnlyList<Money> SumByCurrency(IEnumerable<Money> amounts) =>
        amounts.GroupBy(m => m.Currency, StringComparer.Ordinal)
            .Select(g => g.Aggregate(Money.Zero(g.Key), (sum, m) => sum + m))
            .OrderBy(m => m.Currency, StringComparer.Ordinal)
            .ToList();
}

/// <summary>A case that ended without settlement, sent on to a court or the labour dispute board.</summary>
public sealed record Referral(ReferralDestination Destination, DateOnly ReferredOn, string? Reference, string? Note, string ReferredBy);
