using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Tests.Domain;

public sealed class SettlementTermsTests
{
    private static readonly DateOnly Day = new(2025, 11, 1);

    [Fact]
    public void Totals_are_kept_per_currency_never_mixed()
    {
        var terms = new SettlementTerms("x",
            [new SettlementAmount("Wages", 100m, "IRR"), new SettlementAmount("Severance", 50m, "IRR"), new SettlementAmount("Travel", 20m, "USD")], []);
        Assert.Equal([new Money(150m, "IRR"), new Money(20m, "USD")], terms.Totals);
    }

    [Fact]
    public void A_payment_plan_pays_exactly_the_agreed_amounts()
    {
        var amounts = new[] { new SettlementAmount("Wages", 100m, "IRR") };
        new SettlementTerms("x", amounts, [new Instalment(Day, 60m, "IRR"), new Instalment(Day.AddMonths(1), 40m, "IRR")]).EnsureConsistent();

        var short_ = new SettlementTerms("x", amounts, [new Instalment(Day, 60m, "IRR")]);
        Assert.Equal("payment-plan-mismatch", Assert.Throws<DomainRuleException>(short_.EnsureConsistent).Code);
        var otherCurrency = new SettlementTerms("x", amounts, [new Instalment(Day, 100m, "KZT")]);
        Assert.Equal("payment-plan-mismatch", Assert.Throws<DomainRuleException>(otherCurrency.EnsureConsistent).Code);
    }

    [Fact]
    public void Terms_without_money_are_fine_but_non_positive_amounts_are_not()
    {
        new SettlementTerms("Reinstatement from next month; written apology.", [], []).EnsureConsistent();
        var zero = new SettlementTerms("x", [new SettlementAmount("Wages", 0m, "IRR")], []);
        Assert.Equal("settlement-amount-not-positive", Assert.Throws<DomainRuleException>(zero.EnsureConsistent).Code);
    }
}
