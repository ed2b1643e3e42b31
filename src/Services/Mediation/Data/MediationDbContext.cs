using LabourWelfare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Data;

public sealed class MediationDbContext(DbContextOptions<MediationDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
    }
}
