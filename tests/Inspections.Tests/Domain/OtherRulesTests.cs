using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Inspections.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Inspections.Tests.Domain;

public sealed class ComplianceScoreTests
{
    [Fact]
    public void Not_applicable_items_do_not_count_and_nothing_applicable_scores_100()
    {
        var (inspection, template) = InProgress();
        inspection.AnswerItems(template, [("hyg-1", Answer.NotApplicable, null), ("ppe-1", Answer.Compliant, null), ("fire-1", Answer.NonCompliant, null)], Now);
        Assert.Equal(40m, ComplianceScore.Compute(template, inspection.Answers)); // 2 of (2 + 3)

        var (empty, emptyTemplate) = InProgress();
        empty.AnswerItems(emptyTemplate, [("hyg-1", Answer.NotApplicable, null)], Now);
        Assert.Equal(100m, ComplianceScore.Compute(emptyTemplate, empty.Answers));
    }
}

public sealed class ChecklistTemplateTests
{
    [Fact]
    public void Publishing_the_next_version_keeps_the_code_and_counts_up_only_from_the_latest()
    {
        var v1 = Template();
        var v2 = v1.PublishNext("Safe work 2", [new ChecklistItem("covid-1", ChecklistTopic.Distancing, Severity.Major, new Dictionary<string, string> { ["fa-IR"] = "فاصله" })], 1, "i", Now);
        Assert.Equal(v1.Code, v2.Code);
        Assert.Equal(2, v2.Version);
        Assert.Null(v1.Item("covid-1"));
        Assert.Equal("template-version-stale", Assert.Throws<DomainRuleException>(() => v1.PublishNext("x", v2.Items, 2, "i", Now)).Code);
    }

    [Fact]
    public void Items_must_exist_and_have_unique_codes()
    {
        Assert.Throws<ValidationException>(() => ChecklistTemplate.PublishFirst("fars", "c", "t", [], "i", Now));
        var item = Template().Items[0];
        Assert.Throws<ValidationException>(() => ChecklistTemplate.PublishFirst("fars", "c", "t", [item, item], "i", Now));
    }
}

public sealed class WorkplaceRulesTests
{
    [Fact]
    public void More_than_50_workers_require_one_active_ambassador_at_a_time()
    {
        var workplace = Workplace(workforce: 51);
        Assert.True(workplace.RequiresAmbassador);
        Assert.False(workplace.HasActiveAmbassador(Today));

        var first = workplace.AppointAmbassador("Maryam", Today, Today, Now);
        Assert.True(workplace.HasActiveAmbassador(Today));
        Assert.Equal("ambassador-already-active", Assert.Throws<DomainRuleException>(() => workplace.AppointAmbassador("Ali", Today, null, Now)).Code);

        workplace.EndAmbassador(first.Id, Today.AddDays(1), Now);
        Assert.False(workplace.HasActiveAmbassador(Today.AddDays(1)));
        workplace.AppointAmbassador("Ali", Today.AddDays(1), null, Now);
        Assert.False(Workplace(workforce: 50).RequiresAmbassador);
    }

    [Fact]
    public void An_unresolved_dispute_is_recorded_once_per_case_and_employer_names_match_whatever_letter_forms()
    {
        var workplace = Workplace();
        var caseId = Guid.NewGuid();
        var provenance = new Provenance("MediationCaseClosed", Guid.NewGuid(), "mediation", null);
        Assert.True(workplace.RecordUnresolvedDispute(caseId, "fars-2025-1", "labour-dismissal", Now, provenance));
        Assert.False(workplace.RecordUnresolvedDispute(caseId, "fars-2025-1", "labour-dismissal", Now, provenance));
        Assert.Equal(LabourWelfare.Inspections.Domain.Workplace.KeyOf("شركت  كاشي ۱۲"), LabourWelfare.Inspections.Domain.Workplace.KeyOf("شرکت کاشی 12"));
    }
}

public sealed class RiskScoreTests
{
    private static RiskInputs Base => new(Sector.Services, 10, 0, 0, 0, 0, 0, 0, 0, false);

    [Fact]
    public void Hazardous_sectors_bigger_sites_and_history_raise_the_score()
    {
        var baseline = RiskScore.Assess(Base).Score;
        Assert.True(RiskScore.Assess(Base with { Sector = Sector.Construction }).Score > baseline);
        Assert.True(RiskScore.Assess(Base with { WorkforceSize = 300 }).Score > baseline);
        Assert.True(RiskScore.Assess(Base with { FatalAccidents = 1 }).Score > RiskScore.Assess(Base with { MinorAccidents = 1 }).Score);
        Assert.True(RiskScore.Assess(Base with { CriticalViolations = 1 }).Score > baseline);
    }

    [Fact]
    public void An_unresolved_labour_dispute_raises_the_score_and_shows_as_a_factor()
    {
        var assessment = RiskScore.Assess(Base with { UnresolvedLabourDisputes = 1 });
        Assert.Equal(RiskScore.Assess(Base).Score + 20, assessment.Score);
        Assert.Contains(assessment.Factors, f => f.Factor == "unresolved-labour-disputes");
    }

    [Fact]
    public void History_points_are_capped()
    {
        Assert.Equal(RiskScore.Assess(Base with { FatalAccidents = 2 }).Score, RiskScore.Assess(Base with { FatalAccidents = 50 }).Score);
    }
}

public sealed class AccidentCaseTests
{
    private static readonly InjuredPersonRecord Injured = new("0499370899", "Reza", AccidentSeverity.Serious);

    [Fact]
    public void A_case_file_goes_reported_under_investigation_closed()
    {
        var accident = AccidentCase.Report(Workplace(sector: Sector.Construction), AccidentKind.Accident, Now.AddHours(-1), AccidentSeverity.Serious, "fall", [Injured], "i", Now);
        Assert.Equal(Sector.Construction, accident.Sector);
        Assert.True(accident.Concerns("0499370899"));
        Assert.Equal("accident-not-under-investigation", Assert.Throws<DomainRuleException>(
            () => accident.Close(RootCauseCategory.MissingPpe, "no harness", ["harnesses"], Now)).Code);
        accident.StartInvestigation("i", Now);
        Assert.Equal("accident-not-reported", Assert.Throws<DomainRuleException>(() => accident.StartInvestigation("i", Now)).Code);
        Assert.Throws<ValidationException>(() => accident.Close(RootCauseCategory.MissingPpe, "no harness", [], Now));
        accident.Close(RootCauseCategory.MissingPpe, "no harness", ["harnesses"], Now);
        Assert.Equal(AccidentStatus.Closed, accident.Status);
    }

    [Fact]
    public void Future_accidents_no_injured_and_duplicates_are_refused_and_severity_is_the_worst_injury()
    {
        Assert.Throws<ValidationException>(() => AccidentCase.Report(Workplace(), AccidentKind.Accident, Now.AddHours(1), AccidentSeverity.Minor, "x", [Injured], "i", Now));
        Assert.Throws<ValidationException>(() => AccidentCase.Report(Workplace(), AccidentKind.Accident, Now, AccidentSeverity.Minor, "x", [], "i", Now));
        Assert.Throws<ValidationException>(() => AccidentCase.Report(Workplace(), AccidentKind.Accident, Now, AccidentSeverity.Minor, "x", [Injured, Injured], "i", Now));
        Assert.Equal(AccidentSeverity.Serious, AccidentCase.WorstOf(AccidentSeverity.Minor, [Injured]));
    }
}

public sealed class HealthCampaignTests
{
    [Fact]
    public void A_campaign_is_announced_once_and_counts_participants_per_workplace()
    {
        var campaign = HealthCampaign.Plan("fars", "Blood donation", CampaignKind.BloodDonation, "Blood transfusion centre", Today, Today.AddDays(7), Now);
        var workplace = Workplace(workforce: 40);
        campaign.RecordParticipation(workplace, 10, Now);
        campaign.RecordParticipation(workplace, 12, Now);
        Assert.Equal(12, campaign.Participants);
        Assert.Throws<ValidationException>(() => campaign.RecordParticipation(workplace, 41, Now));
        campaign.Announce(Now);
        Assert.Equal("campaign-already-announced", Assert.Throws<DomainRuleException>(() => campaign.Announce(Now)).Code);
        Assert.Throws<ValidationException>(() => HealthCampaign.Plan("fars", "x", CampaignKind.Other, null, Today, Today.AddDays(-1), Now));
    }
}
