using LabourWelfare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Data;

public sealed class WelfareAidDbContext(DbContextOptions<WelfareAidDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
    }
}
