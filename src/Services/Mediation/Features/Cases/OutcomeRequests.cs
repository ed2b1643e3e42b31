using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Features.Cases;

public sealed record AmountRequest(string? Description, decimal? Amount, string? Currency);

public sealed record InstalmentRequest(DateOnly? DueOn, decimal? Amount, string? Currency);

public sealed record SettlementRequest(string? Terms, IReadOnlyList<AmountRequest>? Amounts, IReadOnlyList<InstalmentRequest>? PaymentPlan)
{
    public SettlementTerms? Validate(string field, FieldErrors errors)
    {
        errors.Required($"{field}.terms", Terms).MaxLength($"{field}.terms", Terms, 4000);
        var amounts = Amounts ?? [];
        var plan = PaymentPlan ?? [];
        for (var i = 0; i < amounts.Count; i++)
        {
            var a = amounts[i];
            var at = $"{field}.amounts[{i}]";
            errors.Required($"{at}.description", a.Description).MaxLength($"{at}.description", a.Description, 300)
                .Required($"{at}.amount", a.Amount).When(a.Amount <= 0, $"{at}.amount", "must be positive.")
                .When(!Money.IsCurrencyCode(a.Currency?.ToUpperInvariant()), $"{at}.currency", "must be an ISO 4217 code such as IRR or KZT.");
        }
        for (var i = 0; i < plan.Count; i++)
        {
            var p = plan[i];
            var at = $"{field}.paymentPlan[{i}]";
            errors.Required($"{at}.dueOn", p.DueOn)
                .Required($"{at}.amount", p.Amount).When(p.Amount <= 0, $"{at}.amount", "must be positive.")
                .When(!Money.IsCurrencyCode(p.Currency?.ToUpperInvariant()), $"{at}.currency", "must be an ISO 4217 code such as IRR or KZT.");
        }
        if (errors.Any) return null;
        return new SettlementTerms(Terms!.Trim(),
            amounts.Select(a => new SettlementAmount(a.Description!.Trim(), a.Amount!.Value, a.Currency!.ToUpperInvariant())).ToList(),
            plan.OrderBy(p => p.DueOn).Select(p => new Instalment(p.DueOn!.Value, p.Amount!.Value, p.Currency!.ToUpperInvariant())).ToList());
    }
}

public sealed record ReferralRequest(ReferralDestination? Destination, DateOnly? ReferredOn, string? Reference, string? Note)
{
    public Referral? Validate(string prefix, FieldErrors errors, string referredBy, DateTimeOffset now)
    {
        var field = prefix.Length == 0 ? string.Empty : prefix + ".";
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        errors.Required($"{field}destination", Destination)
            .When(ReferredOn > today, $"{field}referredOn", "cannot be in the future.")
            .MaxLength($"{field}reference", Reference, 100)
            .MaxLength($"{field}note", Note, 2000);
        if (errors.Any) return null;
        return new Referral(Destination!.Value, ReferredOn ?? today, Reference?.Trim(), Note?.Trim(), referredBy);
    }
}
