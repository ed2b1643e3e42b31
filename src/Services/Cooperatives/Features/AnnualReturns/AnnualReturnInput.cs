using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

/// <summary>Revenue as the API speaks money: a decimal amount and an ISO 4217 currency.</summary>
public sealed record MoneyRequest(decimal? Amount, string? Currency);

internal static class AnnualReturnInput
{
    /// <summary>Revenue in the region's currency (taken as the region's when the currency is left out).</summary>
    public static FieldErrors Validate(this FieldErrors errors, int? jobsProvided, MoneyRequest? revenue) => errors
        .Required("jobsProvided", jobsProvided).Range("jobsProvided", jobsProvided, 0, 10_000_000)
        .Required("revenue", revenue)
        .Required("revenue.amount", revenue is null ? 0m : revenue.Amount)
        .Range("revenue.amount", revenue?.Amount, 0, 1_000_000_000_000_000m)
        .When(revenue?.Currency is not null && !Money.IsCurrencyCode(revenue.Currency), "revenue.currency", "must be an ISO 4217 code.");

    public static Money ToMoney(this MoneyRequest revenue, Region region) =>
        new(revenue.Amount!.Value, revenue.Currency ?? region.Currency);
}
