using LabourWelfare.Mediation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Mediation.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.ToTable("sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Region).HasMaxLength(32);
        session.Property(s => s.Location).HasMaxLength(300);
        session.Property(s => s.CancellationReason).HasMaxLength(1000);
        session.Property(s => s.CreatedBy).HasMaxLength(200);
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        session.Property(s => s.Version).IsRowVersion();
        session.HasOne<MediationCase>().WithMany().HasForeignKey(s => s.CaseId);
        session.HasOne<Mediator>().WithMany().HasForeignKey(s => s.MediatorId);
        session.HasIndex(s => new { s.MediatorId, s.StartsAt });
        session.HasIndex(s => s.CaseId);
        // The exclusion constraint ex_sessions_mediator_no_overlap (no overlapping scheduled sessions per mediator)
        // is SQL of the Initial migration: EF Core cannot express it.
    }
}
