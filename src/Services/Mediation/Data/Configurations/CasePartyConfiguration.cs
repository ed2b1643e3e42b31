using LabourWelfare.Mediation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Mediation.Data.Configurations;

internal sealed class CasePartyConfiguration : IEntityTypeConfiguration<CaseParty>
{
    public void Configure(EntityTypeBuilder<CaseParty> party)
    {
        party.ToTable("case_parties");
        party.HasKey(p => p.Id);
        party.Property(p => p.Id).ValueGeneratedNever();
        party.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        party.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        party.Property(p => p.Name).HasMaxLength(300);
        party.Property(p => p.NationalId).HasMaxLength(12);
        party.Property(p => p.RegistrationNumber).HasMaxLength(64);
        party.HasIndex(p => new { p.CaseId, p.Role }).IsUnique();
        party.HasIndex(p => p.NationalId);
    }
}
