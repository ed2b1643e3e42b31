using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data;

internal sealed class WorkplaceConfiguration : IEntityTypeConfiguration<Workplace>
{
    public void Configure(EntityTypeBuilder<Workplace> workplace)
    {
        workplace.ToTable("workplaces");
        workplace.HasKey(w => w.Id);
        workplace.Property(w => w.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        workplace.Property(w => w.Region).HasMaxLength(32);
        workplace.Property(w => w.Name).HasMaxLength(300);
        workplace.Property(w => w.County).HasMaxLength(120);
        workplace.Property(w => w.EmployerName).HasMaxLength(300);
        workplace.Property(w => w.EmployerKey).HasMaxLength(300);
        workplace.Property(w => w.RegistrationNumber).HasMaxLength(64);
        workplace.Property(w => w.Sector).HasConversion<string>().HasMaxLength(32);
        workplace.Property(w => w.Status).HasConversion<string>().HasMaxLength(32);
        workplace.Property(w => w.Version).IsRowVersion();
        workplace.OwnsOne(w => w.OpenedBy, provenance =>
        {
            provenance.Property(p => p.EventType).HasMaxLength(200);
            provenance.Property(p => p.SourceService).HasMaxLength(64);
            provenance.Property(p => p.TraceId).HasMaxLength(32);
        });
        workplace.HasMany(w => w.Ambassadors).WithOne().HasForeignKey(a => a.WorkplaceId);
        workplace.HasMany(w => w.Disputes).WithOne().HasForeignKey(d => d.WorkplaceId);
        workplace.HasIndex(w => new { w.Region, w.RegistrationNumber }).IsUnique();
        workplace.HasIndex(w => new { w.Region, w.EmployerKey });
        workplace.HasIndex(w => w.CooperativeId);
    }
}

internal sealed class HealthAmbassadorConfiguration : IEntityTypeConfiguration<HealthAmbassador>
{
    public void Configure(EntityTypeBuilder<HealthAmbassador> ambassador)
    {
        ambassador.ToTable("health_ambassadors");
        ambassador.HasKey(a => a.Id);
        ambassador.Property(a => a.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        ambassador.Property(a => a.FullName).HasMaxLength(200);
    }
}

internal sealed class LabourDisputeConfiguration : IEntityTypeConfiguration<LabourDispute>
{
    public void Configure(EntityTypeBuilder<LabourDispute> dispute)
    {
        dispute.ToTable("labour_disputes");
        dispute.HasKey(d => d.Id);
        dispute.Property(d => d.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        dispute.Property(d => d.CaseNumber).HasMaxLength(64);
        dispute.Property(d => d.Category).HasMaxLength(64);
        dispute.OwnsOne(d => d.OpenedBy, provenance =>
        {
            provenance.Property(p => p.EventType).HasMaxLength(200);
            provenance.Property(p => p.SourceService).HasMaxLength(64);
            provenance.Property(p => p.TraceId).HasMaxLength(32);
        });
        dispute.HasIndex(d => new { d.WorkplaceId, d.CaseId }).IsUnique();
    }
}

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> template)
    {
        template.ToTable("checklist_templates");
        template.HasKey(t => t.Id);
        template.Property(t => t.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        template.Property(t => t.Region).HasMaxLength(32);
        template.Property(t => t.Code).HasMaxLength(64);
        template.Property(t => t.Title).HasMaxLength(300);
        template.Property(t => t.PublishedBy).HasMaxLength(200);
        template.Property(t => t.Items).AsJsonb();
        // Two officers publishing the same next version: the second one gets 409.
        template.HasIndex(t => new { t.Region, t.Code, t.Version }).IsUnique();
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> inspection)
    {
        inspection.ToTable("inspections");
        inspection.HasKey(i => i.Id);
        inspection.Property(i => i.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        inspection.Property(i => i.Region).HasMaxLength(32);
        inspection.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        inspection.Property(i => i.CancellationReason).HasMaxLength(1000);
        inspection.Property(i => i.CreatedBy).HasMaxLength(200);
        inspection.Property(i => i.ComplianceScore).HasPrecision(5, 1);
        inspection.Property(i => i.Version).IsRowVersion();
        inspection.HasOne<Workplace>().WithMany().HasForeignKey(i => i.WorkplaceId);
        inspection.HasOne<ChecklistTemplate>().WithMany().HasForeignKey(i => i.ChecklistTemplateId);
        inspection.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InspectionId);
        inspection.HasMany(i => i.Violations).WithOne().HasForeignKey(v => v.InspectionId);
        inspection.HasMany(i => i.Recommendations).WithOne().HasForeignKey(r => r.InspectionId);
        inspection.HasMany(i => i.Supplies).WithOne().HasForeignKey(s => s.InspectionId);
        inspection.HasIndex(i => new { i.Region, i.ScheduledOn });
        inspection.HasIndex(i => i.WorkplaceId);
        // One follow-up per inspection that required it.
        inspection.HasIndex(i => i.FollowUpOf).IsUnique().HasFilter("\"FollowUpOf\" IS NOT NULL");
    }
}

internal sealed class ChecklistAnswerConfiguration : IEntityTypeConfiguration<ChecklistAnswer>
{
    public void Configure(EntityTypeBuilder<ChecklistAnswer> answer)
    {
        answer.ToTable("checklist_answers");
        answer.HasKey(a => new { a.InspectionId, a.ItemCode });
        answer.Property(a => a.ItemCode).HasMaxLength(64);
        answer.Property(a => a.Answer).HasConversion<string>().HasMaxLength(32);
        answer.Property(a => a.Note).HasMaxLength(2000);
    }
}

internal sealed class ViolationConfiguration : IEntityTypeConfiguration<Violation>
{
    public void Configure(EntityTypeBuilder<Violation> violation)
    {
        violation.ToTable("violations");
        violation.HasKey(v => v.Id);
        violation.Property(v => v.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        violation.Property(v => v.Category).HasConversion<string>().HasMaxLength(32);
        violation.Property(v => v.Severity).HasConversion<string>().HasMaxLength(16);
        violation.Property(v => v.Description).HasMaxLength(4000);
        violation.Property(v => v.Provision).HasMaxLength(300);
        violation.Property(v => v.ItemCode).HasMaxLength(64);
        violation.Property(v => v.PenaltyAmount).HasPrecision(18, 2);
        violation.Property(v => v.PenaltyCurrency).HasMaxLength(3);
        violation.HasIndex(v => v.WorkplaceId);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> recommendation)
    {
        recommendation.ToTable("recommendations");
        recommendation.HasKey(r => r.Id);
        recommendation.Property(r => r.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        recommendation.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        recommendation.Property(r => r.Text).HasMaxLength(2000);
    }
}

internal sealed class SupplyHandoutConfiguration : IEntityTypeConfiguration<SupplyHandout>
{
    public void Configure(EntityTypeBuilder<SupplyHandout> supply)
    {
        supply.ToTable("supply_handouts");
        supply.HasKey(s => new { s.InspectionId, s.Item });
        supply.Property(s => s.Item).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class AccidentCaseConfiguration : IEntityTypeConfiguration<AccidentCase>
{
    public void Configure(EntityTypeBuilder<AccidentCase> accident)
    {
        accident.ToTable("accident_cases");
        accident.HasKey(a => a.Id);
        accident.Property(a => a.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        accident.Property(a => a.Region).HasMaxLength(32);
        accident.Property(a => a.Sector).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.Severity).HasConversion<string>().HasMaxLength(16);
        accident.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.RootCauseCategory).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.Description).HasMaxLength(4000);
        accident.Property(a => a.RootCause).HasMaxLength(4000);
        accident.Property(a => a.Investigator).HasMaxLength(200);
        accident.Property(a => a.ReportedBy).HasMaxLength(200);
        accident.Property(a => a.Injured).AsJsonb();
        accident.Property(a => a.Version).IsRowVersion();
        accident.HasOne<Workplace>().WithMany().HasForeignKey(a => a.WorkplaceId);
        accident.HasIndex(a => new { a.Region, a.OccurredAt });
        accident.HasIndex(a => a.WorkplaceId);
    }
}

internal sealed class HealthCampaignConfiguration : IEntityTypeConfiguration<HealthCampaign>
{
    public void Configure(EntityTypeBuilder<HealthCampaign> campaign)
    {
        campaign.ToTable("health_campaigns");
        campaign.HasKey(c => c.Id);
        campaign.Property(c => c.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        campaign.Property(c => c.Region).HasMaxLength(32);
        campaign.Property(c => c.Name).HasMaxLength(300);
        campaign.Property(c => c.PartnerAgency).HasMaxLength(300);
        campaign.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        campaign.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        campaign.Property(c => c.Version).IsRowVersion();
        campaign.Ignore(c => c.Participants);
        campaign.HasMany(c => c.Participations).WithOne().HasForeignKey(p => p.CampaignId);
    }
}

internal sealed class CampaignParticipationConfiguration : IEntityTypeConfiguration<CampaignParticipation>
{
    public void Configure(EntityTypeBuilder<CampaignParticipation> participation)
    {
        participation.ToTable("campaign_participations");
        participation.HasKey(p => new { p.CampaignId, p.WorkplaceId });
        participation.HasOne<Workplace>().WithMany().HasForeignKey(p => p.WorkplaceId);
    }
}
