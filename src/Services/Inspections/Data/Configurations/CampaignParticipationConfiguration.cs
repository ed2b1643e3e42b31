using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class CampaignParticipationConfiguration : IEntityTypeConfiguration<CampaignParticipation>
{
    public void Configure(EntityTypeBuilder<CampaignParticipation> participation)
    {
        participation.ToTable("campaign_participations");
        participation.HasKey(p => new { p.CampaignId, p.WorkplaceId });
        participation.HasOne<Workplace>().WithMany().HasForeignKey(p => p.WorkplaceId);
    }
}
