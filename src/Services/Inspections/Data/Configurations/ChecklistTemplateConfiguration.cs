using LabourWelfare.Inspections.Domain;
using LabourWelfare.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

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
        template.Property(t => t.Items).StoredAsJsonb();
        // Two officers publishing the same next version: the second one gets 409.
        template.HasIndex(t => new { t.Region, t.Code, t.Version }).IsUnique();
    }
}
