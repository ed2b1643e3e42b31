using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

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
