using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

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
