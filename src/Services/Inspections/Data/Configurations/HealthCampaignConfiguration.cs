using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

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
