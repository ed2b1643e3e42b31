using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data.Configurations;

// Indexes serve the member lists, a citizen's own cooperatives and the statistics over tens of thousands of members.
internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Region).HasMaxLength(32);
        member.Property(m => m.NationalId).HasMaxLength(20);
        member.Property(m => m.FullName).HasMaxLength(200);
        member.Property(m => m.Version).IsRowVersion();
        member.Ignore(m => m.IsActive);
        member.HasOne<Cooperative>().WithMany().HasForeignKey(m => m.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        // One open membership per person and cooperative.
        member.HasIndex(m => new { m.CooperativeId, m.NationalId }).IsUnique().HasFilter("\"LeftOn\" IS NULL")
            .HasDatabaseName("ix_members_one_open_membership");
        member.HasIndex(m => new { m.CooperativeId, m.FullName, m.Id });
        // A citizen's own cooperatives.
        member.HasIndex(m => m.NationalId).HasFilter("\"LeftOn\" IS NULL").HasDatabaseName("ix_members_active_by_person");
        // Regional statistics: active members, joined/left per period.
        member.HasIndex(m => new { m.Region, m.CooperativeId }).HasFilter("\"LeftOn\" IS NULL")
            .HasDatabaseName("ix_members_active_by_region");
        member.HasIndex(m => new { m.Region, m.JoinedOn });
        member.HasIndex(m => new { m.Region, m.LeftOn });
    }
}
