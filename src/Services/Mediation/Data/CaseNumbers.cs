using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Data;

/// <summary>
/// Gives out case numbers without gaps or repeats. The counter row of (region, year) is incremented inside the
/// transaction that inserts the case: concurrent intakes queue on the row lock, and a failed intake rolls its number
/// back with everything else.
/// </summary>
public static class CaseNumbers
{
    public static async Task<CaseNumber> NextAsync(MediationDbContext db, Region region, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Case numbers are taken inside the transaction that stores the case.");
        var code = region.Code.ToLowerInvariant();
        var year = region.YearOf(receivedAt);
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO case_number_counters (region, year, last_sequence) VALUES ({code}, {year}, 1)
            ON CONFLICT (region, year) DO UPDATE SET last_sequence = case_number_counters.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        return new CaseNumber(code, year, next.Single());
    }
}

/// <summary>The last case sequence given out per region and year; incremented in the transaction that stores the case.</summary>
public sealed class CaseNumberCounter
{
    public string Region { get; set; } = string.Empty;
    public int Year { get; set; }
    public int LastSequence { get; set; }
}
