using LabourWelfare.Mediation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Mediation.Data.Configurations;

internal sealed class MediatorConfiguration : IEntityTypeConfiguration<Mediator>
{
    public void Configure(EntityTypeBuilder<Mediator> mediator)
    {
        mediator.ToTable("mediators");
        mediator.HasKey(m => m.Id);
        mediator.Property(m => m.Region).HasMaxLength(32);
        mediator.Property(m => m.FullName).HasMaxLength(300);
        mediator.Property(m => m.UserSubject).HasMaxLength(200);
        mediator.PrimitiveCollection(m => m.Specialties).ElementType().HasConversion<string>();
        mediator.PrimitiveCollection(m => m.Languages);
        mediator.Property(m => m.Version).IsRowVersion();
        mediator.HasIndex(m => m.UserSubject).IsUnique();
        mediator.HasIndex(m => new { m.Region, m.FullName });
    }
}
