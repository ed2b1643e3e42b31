using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

/// <summary>
/// A line of the bank's answer: our payment reference, the bank's payment reference and what it paid. It is matched to
/// the region's cash disbursement with that reference; amounts must agree; replaying the same line changes nothing.
/// Keyed by our reference (the bank does not know our ids), so it takes no If-Match.
/// </summary>
public static class ReconcilePayment
{
    public sealed record Request(string? Reference, string? BankPaymentReference, decimal? Amount, string? Currency, string? Region);

    public static void MapReconcilePayment(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(ReconcilePayment))
            .WithSummary("Reconcile a cash disbursement with the bank's payment reference")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Ok<DisbursementResponse>> Handle(
        Request request, CallerContext caller, WelfareAidDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var reference = request.Reference is null ? null : DigitNormalizer.NormalizeDigits(request.Reference.Trim());
        var bankReference = request.BankPaymentReference is null ? null : DigitNormalizer.NormalizeDigits(request.BankPaymentReference.Trim());
        new FieldErrors()
            .Required("reference", reference).MaxLength("reference", reference, 100)
            .Required("bankPaymentReference", bankReference).MaxLength("bankPaymentReference", bankReference, 100)
            .Required("amount", request.Amount)
            .Required("currency", request.Currency)
            .When(request.Currency is not null && !Money.IsCurrencyCode(request.Currency), "currency", "must be an ISO 4217 code such as IRR or KZT.")
            .ThrowIfAny();

        var region = caller.RequireRegionFor(request.Region);
        var disbursement = await db.Disbursements.FirstOrDefaultAsync(d => d.Region == region && d.Reference == reference, cancellationToken);
        // An officer working through a bank file needs to know which line did not match.
        if (disbursement is null) throw new NotFoundException($"The cash disbursement with payment reference {reference}");
        disbursement.Reconcile(bankReference!, new Money(request.Amount!.Value, request.Currency!), caller.Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, disbursement.Version);
        return TypedResults.Ok(DisbursementResponse.From(disbursement, caller));
    }
}
