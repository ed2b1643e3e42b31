using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Applications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Referrals;

/// <summary>
/// An aid officer turns an open referral into an application in a programme of the region (one launched after the
/// event, say). The application keeps the referral's origin and provenance; the officer is its recorder, so another
/// officer decides it. Needs the referral's If-Match.
/// </summary>
public static class OpenReferralApplication
{
    public sealed record Request(Guid? ProgrammeId);

    public static void MapOpenReferralApplication(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/application", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(OpenReferralApplication))
            .WithSummary("Open an application for a referral (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Created<ApplicationResponse>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        new FieldErrors().Required("programmeId", request.ProgrammeId).ThrowIfAny();

        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null || !caller.ActsIn(referral.Region)) throw new NotFoundException("The referral");
        ETags.RequireMatch(http, referral.Version);
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ProgrammeId, cancellationToken);
        if (programme is null || programme.Region != referral.Region) throw new NotFoundException("The programme");
        var beneficiary = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == referral.BeneficiaryId, cancellationToken);
        if (await db.Applications.AnyAsync(a => a.ProgrammeId == programme.Id && a.BeneficiaryId == beneficiary.Id
                && AidApplication.OpenStatuses.Contains(a.Status), cancellationToken))
            throw new DomainRuleException("open-application-exists", "The beneficiary already has an open application in this programme.");

        var application = AidApplication.Submit(programme, beneficiary, referral.TargetGroup, referral.Origin, caller.Actor,
            clock.GetUtcNow(), referral.OpenedBy, referral.Id);
        referral.ApplicationOpened(application.Id);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        var row = await db.RowAsync(application.Id, cancellationToken);
        ETags.Set(http, row.Application.Version);
        return TypedResults.Created($"/api/aid/applications/{application.Id}", ApplicationResponse.From(row, caller));
    }
}
