using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Domain;

public enum DisbursementStatus { AwaitingProofOfDelivery, AwaitingReconciliation, Completed }

/// <summary>Who received in-kind aid, when, and the signed receipt or delivery note that proves it.</summary>
public sealed record ProofOfDelivery(DateOnly DeliveredOn, string ReceivedBy, string DocumentReference, string RecordedBy);

/// <summary>
/// A payment or hand-over on an approved application. Cash waits for the bank's payment reference (reconciliation);
/// in-kind aid waits for proof of delivery; coupon credits are complete when recorded.
/// </summary>
public sealed class Disbursement
{
    private Disbursement() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public Guid ApplicationId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    /// <summary>What was paid or handed over, in the programme's currency.</summary>
    public Money Money { get; private set; }

    public DisbursementChannel Channel { get; private set; }

    /// <summary>Our payment order, coupon credit or delivery reference; unique in the region.</summary>
    public string Reference { get; private set; } = string.Empty;

    public DateOnly DisbursedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = string.Empty;
    public ProofOfDelivery? ProofOfDelivery { get; private set; }
    public string? BankPaymentReference { get; private set; }
    public DateTimeOffset? ReconciledAt { get; private set; }
    public string? ReconciledBy { get; private set; }
    public uint Version { get; private set; }

    public DisbursementStatus Status => Channel switch
    {
        DisbursementChannel.InKind when ProofOfDelivery is null => DisbursementStatus.AwaitingProofOfDelivery,
        DisbursementChannel.BankTransfer when ReconciledAt is null => DisbursementStatus.AwaitingReconciliation,
        _ => DisbursementStatus.Completed,
    };

    public static Disbursement Record(
        Programme programme, AidApplication application, Money amount, DisbursementChannel channel, string reference,
        DateOnly disbursedOn, string officer, DateTimeOffset now)
    {
        if (amount.Currency != programme.Budget.Currency)
            throw new DomainRuleException("currency.mixed", $"The programme pays in {programme.Budget.Currency}, not {amount.Currency}.");
        if (amount.Amount <= 0)
            throw new DomainRuleException("amount-invalid", "A disbursement pays a positive amount.");
        if (channel != programme.Kind.Channel())
            throw new DomainRuleException("channel-mismatch",
                $"A {KebabCase.Name(programme.Kind)} programme disburses through {KebabCase.Name(programme.Kind.Channel())}.");
        return new Disbursement
        {
            Id = Guid.CreateVersion7(now),
            Region = application.Region,
            ApplicationId = application.Id,
            ProgrammeId = programme.Id,
            Money = amount,
            Channel = channel,
            Reference = reference,
            DisbursedOn = disbursedOn,
            RecordedAt = now,
            RecordedBy = officer,
        };
    }

    public void RecordProofOfDelivery(ProofOfDelivery proof)
    {
        if (Channel != DisbursementChannel.InKind)
            throw new DomainRuleException("not-in-kind", "Only in-kind aid records proof of delivery.");
        if (ProofOfDelivery is not null)
            throw new DomainRuleException("already-delivered", "Proof of delivery was already recorded.");
        if (proof.DeliveredOn < DisbursedOn)
            throw new DomainRuleException("delivery-before-disbursement", "Aid cannot be delivered before it was disbursed.");
        ProofOfDelivery = proof;
    }

    /// <summary>
    /// Matches the bank's answer for our payment reference. Replaying the same answer is harmless; a different answer
    /// or a different amount is a conflict for an officer to look into.
    /// </summary>
    public void Reconcile(string bankPaymentReference, Money paid, string officer, DateTimeOffset now)
    {
        if (Channel != DisbursementChannel.BankTransfer)
            throw new DomainRuleException("not-cash", "Only cash transfers are reconciled against the bank.");
        if (ReconciledAt is not null)
        {
            if (BankPaymentReference == bankPaymentReference && paid == Money) return;
            throw new DomainRuleException("already-reconciled", "The payment was already reconciled with another bank answer.");
        }
        if (paid != Money)
            throw new DomainRuleException("reconciliation-mismatch", $"The bank paid {paid}, but {Money} was disbursed.");
        BankPaymentReference = bankPaymentReference;
        ReconciledAt = now;
        ReconciledBy = officer;
    }
}
