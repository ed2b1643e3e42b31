using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Shared;
using LabourWelfare.WelfareAid.Features.Applications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

/// <summary>
/// An aid officer (not the one who recorded the application) records a payment, coupon credit or hand-over against an
/// approved application, in the programme's currency and channel, up to what was reserved. The application becomes
/// Disbursed when all of it is paid. AidDisbursed goes out through the outbox.
/// </summary>
public static class RecordDisbursement
{
    public sealed record Request(decimal? Amount, string? Currency, DisbursementChannel? Channel, string? Reference, DateOnly? DisbursedOn);

    public static void MapRecordDisbursement(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/disbursements", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(RecordDisbursement))
            .WithSummary("Record a disbursement on an approved application")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<DisbursementResponse>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var reference = request.Reference is null ? null : DigitNormalizer.NormalizeDigits(request.Reference.Trim());
        new FieldErrors()
            .Required("amount", request.Amount)
            .When(request.Amount is <= 0, "amount", "must be positive.")
            .Required("currency", request.Currency)
            .When(request.Currency is not null && !Money.IsCurrencyCode(request.Currency), "currency", "must be an ISO 4217 code such as IRR or KZT.")
            .Required("reference", reference).MaxLength("reference", reference, 100)
            .ThrowIfAny();

        var found = await db.Applications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Region, a.ProgrammeId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !caller.ActsIn(found.Region)) throw new NotFoundException("The application");
        if (await db.Disbursements.AnyAsync(d => d.Region == found.Region && d.Reference == reference, cancellationToken))
            throw new DomainRuleException("reference-taken", "Another disbursement of the region has this reference.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var programme = await db.LockProgrammeAsync(found.ProgrammeId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        var amount = new Money(request.Amount!.Value, request.Currency!);

        var disbursement = Disbursement.Record(programme, application, amount, request.Channel ?? programme.Kind.Channel(),
            reference!, request.DisbursedOn ?? clock.Today(), caller.Actor, now);
        application.RecordDisbursement(caller.Actor, amount);
        programme.RecordDisbursement(amount);
        db.Disbursements.Add(disbursement);
        db.AddEvent(DisbursementEvents.Disbursed(disbursement), disbursement.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, disbursement.Version);
        return TypedResults.Created($"/api/aid/disbursements/{disbursement.Id}", DisbursementResponse.From(disbursement, caller));
    }
}
