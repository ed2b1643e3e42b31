using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>A supervisor adds a mediator (or lawyer) to the region's roster, linked to their login by userSubject.</summary>
public static class RegisterMediator
{
    public static void MapRegisterMediator(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.ManageMediators)
            .WithName(nameof(RegisterMediator))
            .WithSummary("Register a mediator")
            .ProducesProblems(StatusCodes.Status409Conflict);

    internal static async Task<Created<MediatorResponse>> Handle(
        MediatorRequest request, CallerContext caller, MediationDbContext db, RegionCatalog regions, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = request.Validate(new FieldErrors()
            .Required("userSubject", request.UserSubject).MaxLength("userSubject", request.UserSubject, 200)
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .When(request.Region is null && caller.Region is null, "region", "is required."));
        errors.ThrowIfAny();

        var region = caller.RequireRegionFor(request.Region);
        var subject = SignInName.Normalize(request.UserSubject!); // as the identity provider stores and issues it
        if (await db.Mediators.AnyAsync(m => m.UserSubject == subject, cancellationToken))
            throw new DomainRuleException("mediator-already-registered", "That login is already on a mediator roster.");

        var mediator = Mediator.Register(region, request.FullName!.Trim(), subject, request.Specialties!, request.Languages!,
            request.CaseloadLimit!.Value, clock.GetUtcNow());
        db.Mediators.Add(mediator);
        await db.SaveChangesAsync(cancellationToken); // a concurrent duplicate fails on the unique index: 409

        ETags.Set(http, mediator.Version);
        return TypedResults.Created($"/api/mediation/mediators/{mediator.Id}", MediatorResponse.From(mediator, 0));
    }
}
