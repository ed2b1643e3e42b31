using LabourWelfare.Mediation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Mediation.Data.Configurations;

internal sealed class ConflictOfInterestConfiguration : IEntityTypeConfiguration<ConflictOfInterest>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterest> conflict)
    {
        conflict.ToTable("mediator_conflicts");
        conflict.HasKey(c => c.Id);
        conflict.Property(c => c.PartyNationalId).HasMaxLength(12);
        conflict.Property(c => c.OrganisationName).HasMaxLength(300);
        conflict.Property(c => c.OrganisationKey).HasMaxLength(300);
        conflict.Property(c => c.Reason).HasMaxLength(1000);
        conflict.Property(c => c.DeclaredBy).HasMaxLength(200);
        conflict.HasOne<Mediator>().WithMany().HasForeignKey(c => c.MediatorId);
        conflict.HasIndex(c => c.MediatorId);
    }
}
