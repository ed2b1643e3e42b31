namespace LabourWelfare.Mediation.Domain;

/// <summary>What statistics need to know of one case; nothing confidential.</summary>
public sealed record CaseFacts(
    CaseCategory Category, CaseChannel Channel, DateTimeOffset ReceivedAt, DateTimeOffset? ResolvedAt, CaseOutcome? Outcome);

public sealed record CaseFigures(
    int Received,
    IReadOnlyDictionary<CaseCategory, int> ReceivedByCategory,
    IReadOnlyDictionary<CaseChannel, int> ReceivedByChannel,
    int Resolved,
    int Settled,
    int NotSettled,
    int Withdrawn,
    decimal? SettlementRate,
    decimal? MedianDaysToResolution);

/// <summary>
/// The centre's figures for a period. Received counts cases received in the period; the outcome figures count cases
/// resolved in it. The settlement rate is settled / (settled + not settled): a withdrawn case was never decided.
/// </summary>
public static class CaseStatistics
{
    public static CaseFigures Compute(IReadOnlyCollection<CaseFacts> cases, DateTimeOffset from, DateTimeOffset toExclusive)
    {
        var received = cases.Where(c => c.ReceivedAt >= from && c.ReceivedAt < toExclusive).ToList();
        var resolved = cases.Where(c => c.ResolvedAt is { } at && at >= from && at < toExclusive && c.Outcome is not null).ToList();
        var settled = resolved.Count(c => c.Outcome == CaseOutcome.Settled);
        var notSettled = resolved.Count(c => c.Outcome == CaseOutcome.NotSettled);
        return new CaseFigures(
            received.Count,
            Enum.GetValues<CaseCategory>().ToDictionary(k => k, k => received.Count(c => c.Category == k)),
            Enum.GetValues<CaseChannel>().ToDictionary(k => k, k => received.Count(c => c.Channel == k)),
            resolved.Count,
            settled,
            notSettled,
            resolved.Count(c => c.Outcome == CaseOutcome.Withdrawn),
            SettlementRate(settled, notSettled),
            Median(resolved.Select(c => (decimal)(c.ResolvedAt!.Value - c.ReceivedAt).TotalDays)));
    }

    /// <summary>Settled share of decided cases, rounded to 4 places; null when nothing was decided.</summary>
    public static decimal? SettlementRate(int settled, int notSettled) =>
        settled + notSettled == 0 ? null : Math.Round((decimal)settled / (settled + notSettled), 4);

    /// <summary>The middle value (mean of the two middle ones for an even count), to 1 decimal; null for none.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }
}
