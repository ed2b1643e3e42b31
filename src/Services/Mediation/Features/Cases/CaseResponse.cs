using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Features.Cases;

public sealed record PartyResponse(PartyKind Kind, string Name, string? NationalId, string? RegistrationNumber);

public sealed record SettlementResponse(
    string Terms, IReadOnlyList<SettlementAmount> Amounts, IReadOnlyList<Instalment> PaymentPlan, IReadOnlyList<Money> Totals);

/// <param name="ReferredBy">The officer who referred the case on; shown to the case's officers only, not to the parties.</param>
public sealed record ReferralResponse(ReferralDestination Destination, DateOnly ReferredOn, string? Reference, string? Note, string? ReferredBy);

/// <summary>
/// A case as its readers see it. <see cref="ETag"/> is the value to send in If-Match for the next change, so a client
/// can act on a case straight from a list without reading it again.
/// </summary>
public sealed record CaseResponse(
    Guid Id, string Number, string Region, CaseStatus Status, CaseCategory Category, CaseChannel Channel, string? Summary,
    string? Language, PartyResponse? Applicant, PartyResponse? Respondent, Guid? MediatorId, DateTimeOffset ReceivedAt,
    DateTimeOffset? AssignedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, CaseOutcome? Outcome,
    SettlementResponse? Settlement, ReferralResponse? Referral, string? OutcomeNote, Guid? WorkplaceId, string? EmployerName,
    Guid? InspectionId, Provenance? OpenedBy, string ETag)
{
    public static CaseResponse From(MediationCase c, CaseReader reader) =>
        From(c, party => CaseConfidentiality.SeesNationalIdOf(c, reader, party), CaseConfidentiality.CanWork(c, reader));

    /// <summary>For the one who just typed the case in: they see what they sent (a new case has no officers' doings yet).</summary>
    public static CaseResponse ForAuthor(MediationCase c) => From(c, _ => true, worksOnCase: false);

    private static CaseResponse From(MediationCase c, Func<CaseParty, bool> seesNationalId, bool worksOnCase) => new(
        c.Id, c.Number, c.Region, c.Status, c.Category, c.Channel, c.Summary, c.Language,
        Party(c.Applicant, seesNationalId), Party(c.Respondent, seesNationalId), c.MediatorId, c.ReceivedAt, c.AssignedAt,
        c.ResolvedAt, c.ClosedAt, c.Outcome,
        c.Settlement is { } s ? new SettlementResponse(s.Terms, s.Amounts, s.PaymentPlan, s.Totals) : null,
        c.Referral is { } r ? new ReferralResponse(r.Destination, r.ReferredOn, r.Reference, r.Note, worksOnCase ? r.ReferredBy : null) : null,
        c.OutcomeNote, c.WorkplaceId, c.EmployerName, c.InspectionId, c.OpenedBy, ETags.Format(c.Version));

    private static PartyResponse? Party(CaseParty? party, Func<CaseParty, bool> seesNationalId) => party is null
        ? null
        : new PartyResponse(party.Kind, party.Name,
            party.NationalId is null ? null : seesNationalId(party) ? party.NationalId : NationalId.Mask(party.NationalId),
            party.RegistrationNumber);
}
