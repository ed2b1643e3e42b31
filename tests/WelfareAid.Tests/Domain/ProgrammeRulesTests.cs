using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;
using static LabourWelfare.WelfareAid.Tests.Domain.DomainFixtures;

namespace LabourWelfare.WelfareAid.Tests.Domain;

public sealed class ProgrammeRulesTests
{
    private static string Code(Action action) => Assert.ThrowsAny<DomainRuleException>(action).Code;

    [Fact]
    public void Draft_Active_Closed_only_in_that_order()
    {
        var programme = Programme(active: false);
        Assert.Equal("invalid-transition", Code(() => programme.Close(0, Now)));
        programme.Activate(Now);
        Assert.Equal("invalid-transition", Code(() => programme.Activate(Now)));
        Assert.Equal("unsettled-applications", Code(() => programme.Close(2, Now)));
        programme.Close(0, Now);
        Assert.Equal(ProgrammeStatus.Closed, programme.Status);
    }

    [Fact]
    public void The_budget_is_never_overspent_and_exhaustion_is_announced_once()
    {
        var programme = Programme(benefit: 1000, budget: 2500);
        Assert.False(programme.Reserve(Now));
        Assert.True(programme.Reserve(Now)); // 500 left: not enough for another
        Assert.Equal("budget-exhausted", Code(() => programme.Reserve(Now)));
        Assert.Equal(new Money(2000, "IRR"), programme.Reserved);
        programme.Release(new Money(1000, "IRR"));
        Assert.False(programme.Reserve(Now)); // exhausted already announced
    }

    [Fact]
    public void The_books_are_kept_in_the_programmes_currency()
    {
        var programme = Programme(benefit: 1000, budget: 3000);
        programme.Reserve(Now);
        Assert.Equal("currency.mixed", Code(() => programme.Release(new Money(1000, "KZT"))));
        Assert.Equal("currency.mixed", Code(() => programme.RecordDisbursement(new Money(500, "KZT"))));
        programme.RecordDisbursement(new Money(500, "IRR"));
        Assert.Equal(new Money(500, "IRR"), programme.Disbursed);
        Assert.Equal(new Money(1000, "IRR"), programme.Reserved);
        Assert.Equal(new Money(2000, "IRR"), programme.Remaining);
    }

    [Fact]
    public void A_programme_needs_a_budget_for_one_benefit_a_sane_period_and_one_currency()
    {
        Assert.Equal("budget-too-small", Code(() => Programme(benefit: 1000, budget: 999)));
        Assert.Equal("period-invalid", Code(() => WelfareAid.Domain.Programme.Create("fars", "X", ProgrammeKind.CashGrant, null, [],
            Today, Today.AddDays(-1), new Money(1, "IRR"), new Money(1, "IRR"), "m", Now)));
        Assert.Equal("currency.mixed", Code(() => WelfareAid.Domain.Programme.Create("fars", "X", ProgrammeKind.CashGrant, null, [],
            Today, Today, new Money(1, "IRR"), new Money(1, "KZT"), "m", Now)));
    }

    [Fact]
    public void In_kind_aid_needs_proof_of_delivery_and_cash_needs_reconciliation()
    {
        var basket = Programme(kind: ProgrammeKind.FoodBasket);
        var application = AidApplication.Submit(basket, Beneficiary(), null, ApplicationOrigin.Officer, "maker", Now);
        application.Approve("checker", [], basket.Benefit, Now);
        Assert.Equal("channel-mismatch", Code(() => Disbursement.Record(basket, application, basket.Benefit, DisbursementChannel.BankTransfer, "R1", Today, "payer", Now)));
        var delivery = Disbursement.Record(basket, application, basket.Benefit, DisbursementChannel.InKind, "R1", Today, "payer", Now);
        Assert.Equal(DisbursementStatus.AwaitingProofOfDelivery, delivery.Status);
        Assert.Equal("not-cash", Code(() => delivery.Reconcile("B1", basket.Benefit, "payer", Now)));
        delivery.RecordProofOfDelivery(new ProofOfDelivery(Today, "Zahra Ahmadi", "DN-1", "payer"));
        Assert.Equal(DisbursementStatus.Completed, delivery.Status);

        var cash = Programme(kind: ProgrammeKind.CashGrant);
        var cashApplication = AidApplication.Submit(cash, Beneficiary(), null, ApplicationOrigin.Officer, "maker", Now);
        cashApplication.Approve("checker", [], cash.Benefit, Now);
        var payment = Disbursement.Record(cash, cashApplication, cash.Benefit, DisbursementChannel.BankTransfer, "P1", Today, "payer", Now);
        Assert.Equal(DisbursementStatus.AwaitingReconciliation, payment.Status);
        Assert.Equal("reconciliation-mismatch", Code(() => payment.Reconcile("B1", new Money(999, "IRR"), "payer", Now)));
        payment.Reconcile("B1", cash.Benefit, "payer", Now);
        payment.Reconcile("B1", cash.Benefit, "payer", Now); // the same bank line again: harmless
        Assert.Equal("already-reconciled", Code(() => payment.Reconcile("B2", cash.Benefit, "payer", Now)));
        Assert.Equal(DisbursementStatus.Completed, payment.Status);
    }
}
