using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>
/// Intake: a supervisor or mediator records a case that came in (walk-in, phone, online), or a citizen files one online
/// as its applicant. The case number is taken in the same transaction as the insert: no gaps, no repeats.
/// </summary>
public static class OpenCase
{
    public sealed record Request(
        string? Region, CaseCategory? Category, CaseChannel? Channel, PartyRequest? Applicant, PartyRequest? Respondent,
        string? Summary, string? Language);

    public static void MapOpenCase(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.OpenCases)
            .WithName(nameof(OpenCase))
            .WithSummary("Open a case (intake)");

    internal static async Task<Created<CaseResponse>> Handle(
        Request request, CallerContext caller, MediationDbContext db, RegionCatalog regions, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var isOfficer = caller.HasRole(Roles.Supervisor, Roles.Mediator);
        var regionCode = isOfficer ? caller.RequireRegionFor(request.Region) : request.Region ?? caller.Region;
        regions.TryGet(regionCode, out var region);

        var errors = new FieldErrors()
            .Required("region", regionCode)
            .When(regionCode is not null && region is null, "region", "is not a known region.")
            .Required("category", request.Category)
            .Required("channel", request.Channel)
            .When(request.Channel == CaseChannel.InspectionReferral, "channel", "inspection-referral cases are opened by the inspection's event.")
            .When(!isOfficer && request.Channel is not null and not CaseChannel.Online, "channel", "citizens file cases online.")
            .MaxLength("summary", request.Summary, 4000)
            .MaxLength("language", request.Language, 16);
        var applicant = PartyRequest.Validate(request.Applicant, "applicant", region, errors);
        var respondent = PartyRequest.Validate(request.Respondent, "respondent", region, errors);
        if (!isOfficer && applicant is not null && !caller.Owns(applicant.NationalId))
            errors.Add("applicant.nationalId", "must be your own national id: citizens file their own cases.");
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await CaseNumbers.NextAsync(db, region!, now, cancellationToken);
        var @case = MediationCase.Open(number, request.Category!.Value, request.Channel!.Value, applicant!, respondent!,
            request.Summary?.Trim(), request.Language, caller.Actor, now);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, @case.Version);
        return TypedResults.Created($"/api/mediation/cases/{@case.Id}", CaseResponse.ForAuthor(@case));
    }
}
