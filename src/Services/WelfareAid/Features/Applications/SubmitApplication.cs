using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// A citizen applies for themselves (their registered beneficiary record, found by the national id in their token), or an
/// aid officer records an application for a beneficiary of their region. The rules are evaluated and their reasons kept;
/// the decision is another officer's. One open application per beneficiary and programme.
/// </summary>
public static class SubmitApplication
{
    public sealed record Request(Guid? ProgrammeId, Guid? BeneficiaryId, TargetGroup? TargetGroup);

    public static void MapSubmitApplication(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Apply)
            .WithName(nameof(SubmitApplication))
            .WithSummary("Submit an application")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<ApplicationResponse>> Handle(
        Request request, CallerContext caller, WelfareAidDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var officer = caller.HasRole(Roles.AidOfficer, Roles.Admin);
        new FieldErrors()
            .Required("programmeId", request.ProgrammeId)
            .When(officer && request.BeneficiaryId is null, "beneficiaryId", "is required.")
            .ThrowIfAny();

        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ProgrammeId, cancellationToken);
        if (programme is null || !(caller.ActsIn(programme.Region) || (!officer && caller.CanSee(programme))))
            throw new NotFoundException("The programme");

        var beneficiary = officer
            ? await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BeneficiaryId, cancellationToken)
            : await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.NationalId == caller.NationalId, cancellationToken)
              ?? throw new DomainRuleException("beneficiary-not-registered",
                  "You are not registered as a beneficiary yet; the aid office of your region registers you.");
        if (beneficiary is null || (officer && !caller.ActsIn(beneficiary.Region))
            || (!officer && request.BeneficiaryId is { } claimed && claimed != beneficiary.Id))
            throw new NotFoundException("The beneficiary");

        if (await db.Applications.AnyAsync(a => a.ProgrammeId == programme.Id && a.BeneficiaryId == beneficiary.Id
                && AidApplication.OpenStatuses.Contains(a.Status), cancellationToken))
            throw new DomainRuleException("open-application-exists", "The beneficiary already has an open application in this programme.");

        var application = AidApplication.Submit(programme, beneficiary, request.TargetGroup,
            officer ? ApplicationOrigin.Officer : ApplicationOrigin.Citizen, caller.Actor, clock.GetUtcNow());
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken); // a concurrent duplicate fails on the partial unique index: 409
        var row = new ApplicationRow
        {
            Application = application, NationalId = beneficiary.NationalId, BeneficiaryName = beneficiary.FullName,
            ProgrammeName = programme.Name, ProgrammeKind = programme.Kind,
        };
        ETags.Set(http, application.Version);
        return TypedResults.Created($"/api/aid/applications/{application.Id}", ApplicationResponse.From(row, caller));
    }
}
