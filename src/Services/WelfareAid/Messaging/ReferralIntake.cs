using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Messaging;

/// <summary>
/// Takes in one person referred by an event: finds or registers them as a beneficiary (household size and decile
/// unknown until an officer completes them), records the referral with its provenance and, when the region runs an
/// active programme for the group today, opens the application at once. Changes are saved by the consumer's transaction.
/// </summary>
public sealed class ReferralIntake(WelfareAidDbContext db, RegionCatalog regions, TimeProvider clock, ILogger<ReferralIntake> logger)
{
    /// <summary>The subject recorded as the recorder of applications opened by events (never an officer: any officer may decide).</summary>
    public const string EventRecorder = "event-referral";

    public async Task ReferAsync(
        string region, string rawNationalId, string fullName, TargetGroup group, ApplicationOrigin origin, string sourceReference,
        string? detail, Provenance provenance, CancellationToken cancellationToken)
    {
        if (!regions.TryGet(region, out var known))
        {
            logger.LogWarning("{EventType} {EventId} names unknown region {Region}; referral skipped", provenance.EventType, provenance.EventId, region);
            return;
        }
        if (!NationalId.TryNormalize(rawNationalId, known.Country, out var nationalId))
        {
            // The id itself is personal data: it is never logged, only that one was refused.
            logger.LogWarning("{EventType} {EventId} carried a person with an invalid national id; referral skipped", provenance.EventType, provenance.EventId);
            return;
        }

        var now = clock.GetUtcNow();
        var beneficiary = db.Beneficiaries.Local.FirstOrDefault(b => b.NationalId == nationalId)
            ?? await db.Beneficiaries.FirstOrDefaultAsync(b => b.NationalId == nationalId, cancellationToken);
        if (beneficiary is null)
        {
            // Provenance is an owned value: EF Core tracks one instance per owner, so every record gets its own copy.
            beneficiary = Beneficiary.Register(known.Code, nationalId, fullName.Trim(), null, null, [group], EventRecorder, now, provenance with { });
            db.Beneficiaries.Add(beneficiary);
        }
        else if (beneficiary.Region == known.Code)
        {
            beneficiary.JoinTargetGroup(group);
        }

        var referral = Referral.Open(known.Code, beneficiary, group, origin, sourceReference, detail, provenance with { }, now);
        db.Referrals.Add(referral);
        if (beneficiary.Region != known.Code) return; // registered elsewhere: the officers decide where aid comes from

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var programme = await db.Programmes.AsNoTracking()
            .Where(p => p.Region == known.Code && p.Status == ProgrammeStatus.Active && p.TargetGroups.Contains(group)
                        && p.StartsOn <= today && p.EndsOn >= today)
            .OrderBy(p => p.ActivatedAt).ThenBy(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (programme is null) return; // stays open for an officer

        var existing = db.Applications.Local.FirstOrDefault(a => a.ProgrammeId == programme.Id && a.BeneficiaryId == beneficiary.Id)
            ?? await db.Applications.FirstOrDefaultAsync(a => a.ProgrammeId == programme.Id && a.BeneficiaryId == beneficiary.Id
            && AidApplication.OpenStatuses.Contains(a.Status), cancellationToken);
        if (existing is not null)
        {
            referral.ApplicationOpened(existing.Id); // already applying: link, never duplicate
            return;
        }
        var application = AidApplication.Submit(programme, beneficiary, group, origin, EventRecorder, now, provenance with { }, referral.Id);
        db.Applications.Add(application);
        referral.ApplicationOpened(application.Id);
    }
}
