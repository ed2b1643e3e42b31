using LabourWelfare.Mediation.Domain;
using LabourWelfare.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Mediation.Data.Configurations;

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> @case)
    {
        @case.ToTable("cases");
        @case.HasKey(c => c.Id);
        @case.Property(c => c.Region).HasMaxLength(32);
        @case.Property(c => c.Number).HasMaxLength(40);
        @case.Property(c => c.Summary).HasMaxLength(4000);
        @case.Property(c => c.Language).HasMaxLength(16);
        @case.Property(c => c.OutcomeNote).HasMaxLength(2000);
        @case.Property(c => c.EmployerName).HasMaxLength(300);
        @case.Property(c => c.CreatedBy).HasMaxLength(200);
        @case.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        @case.Property(c => c.Channel).HasConversion<string>().HasMaxLength(32);
        @case.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        @case.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        @case.Property(c => c.Settlement).StoredAsJsonb();
        @case.Property(c => c.Referral).StoredAsJsonb();
        @case.Property(c => c.Version).IsRowVersion();
        @case.OwnsOne(c => c.OpenedBy, provenance =>
        {
            provenance.Property(p => p.EventType).HasColumnName("opened_by_event_type").HasMaxLength(200);
            provenance.Property(p => p.EventId).HasColumnName("opened_by_event_id");
            provenance.Property(p => p.SourceService).HasColumnName("opened_by_source_service").HasMaxLength(64);
            provenance.Property(p => p.TraceId).HasColumnName("opened_by_trace_id").HasMaxLength(32);
        });
        @case.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId);
        @case.Navigation(c => c.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
        @case.Ignore(c => c.Applicant);
        @case.Ignore(c => c.Respondent);
        @case.HasIndex(c => c.Number).IsUnique();
        @case.HasIndex(c => new { c.Region, c.Year, c.Sequence }).IsUnique();
        @case.HasIndex(c => c.ViolationId).IsUnique(); // one case per referred violation
        @case.HasIndex(c => new { c.Region, c.ReceivedAt });
        @case.HasIndex(c => new { c.MediatorId, c.Status });
        @case.HasIndex(c => c.WorkplaceId);
    }
}
