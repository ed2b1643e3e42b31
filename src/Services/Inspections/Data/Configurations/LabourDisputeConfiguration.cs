using LabourWelfare.Inspections.Domain;
using LabourWelfare.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class LabourDisputeConfiguration : IEntityTypeConfiguration<LabourDispute>
{
    public void Configure(EntityTypeBuilder<LabourDispute> dispute)
    {
        dispute.ToTable("labour_disputes");
        dispute.HasKey(d => d.Id);
        dispute.Property(d => d.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        dispute.Property(d => d.CaseNumber).HasMaxLength(64);
        dispute.Property(d => d.Category).HasMaxLength(64);
        dispute.OwnsProvenance(d => d.OpenedBy);
        dispute.HasIndex(d => new { d.WorkplaceId, d.CaseId }).IsUnique();
    }
}
