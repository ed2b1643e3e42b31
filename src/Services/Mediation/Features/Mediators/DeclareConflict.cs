using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>
/// A mediator (or their supervisor) declares a conflict of interest with a case, a person or an organisation. From then
/// on the mediator is never assigned to a case it concerns. Declarations are permanent records.
/// </summary>
public static class DeclareConflict
{
    public sealed record Request(Guid? CaseId, string? PartyNationalId, string? OrganisationName, string? Reason);

    public sealed record ConflictResponse(
        Guid Id, Guid MediatorId, Guid? CaseId, string? PartyNationalId, string? OrganisationName, string Reason,
        DateTimeOffset DeclaredAt)
    {
        public static ConflictResponse From(ConflictOfInterest c) =>
            new(c.Id, c.MediatorId, c.CaseId, c.PartyNationalId, c.OrganisationName, c.Reason, c.DeclaredAt);
    }

    public static void MapDeclareConflict(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/conflicts", Handle)
            .RequireAuthorization(Access.DeclareConflicts)
            .WithName(nameof(DeclareConflict))
            .WithSummary("Declare a conflict of interest")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Created<ConflictResponse>> Handle(
        Guid id, Request request, CallerContext caller, MediationDbContext db, RegionCatalog regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var mediator = await MediatorQueries.InReachAsync(db, id, caller, track: false, cancellationToken);
        if (!MediatorQueries.IsManagerOrSelf(caller, mediator))
            throw new ForbiddenException("Mediators declare their own conflicts; supervisors may declare them for their region.");

        var country = regions.Get(mediator.Region).Country;
        string? nationalId = null;
        var errors = new FieldErrors()
            .When(request.CaseId is null && request.PartyNationalId is null && string.IsNullOrWhiteSpace(request.OrganisationName),
                "caseId", "name a case, a person (partyNationalId) or an organisation (organisationName).")
            .When(request.PartyNationalId is not null && !NationalId.TryNormalize(request.PartyNationalId, country, out nationalId),
                "partyNationalId", $"is not a valid national id of {country}.")
            .MaxLength("organisationName", request.OrganisationName, 300)
            .Required("reason", request.Reason).MaxLength("reason", request.Reason, 1000);
        if (request.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId && c.Region == mediator.Region, cancellationToken))
            errors.Add("caseId", "is not a case of the mediator's region.");
        errors.ThrowIfAny();

        var conflict = ConflictOfInterest.Declare(mediator.Id, request.CaseId, nationalId,
            string.IsNullOrWhiteSpace(request.OrganisationName) ? null : request.OrganisationName, request.Reason!.Trim(),
            caller.Actor, clock.GetUtcNow());
        db.Conflicts.Add(conflict);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/mediation/mediators/{mediator.Id}/conflicts/{conflict.Id}", ConflictResponse.From(conflict));
    }
}
