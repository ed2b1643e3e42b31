using LabourWelfare.Inspections.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Data;

public sealed class InspectionsDbContext(DbContextOptions<InspectionsDbContext> options) : DbContext(options)
{
    public DbSet<Workplace> Workplaces => Set<Workplace>();
    public DbSet<HealthAmbassador> HealthAmbassadors => Set<HealthAmbassador>();
    public DbSet<LabourDispute> LabourDisputes => Set<LabourDispute>();
    public DbSet<ChecklistTemplate> ChecklistTemplates => Set<ChecklistTemplate>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Violation> Violations => Set<Violation>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<SupplyHandout> SupplyHandouts => Set<SupplyHandout>();
    public DbSet<ChecklistAnswer> ChecklistAnswers => Set<ChecklistAnswer>();
    public DbSet<AccidentCase> AccidentCases => Set<AccidentCase>();
    public DbSet<HealthCampaign> HealthCampaigns => Set<HealthCampaign>();
    public DbSet<CampaignParticipation> CampaignParticipations => Set<CampaignParticipation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InspectionsDbContext).Assembly);
    }
}
