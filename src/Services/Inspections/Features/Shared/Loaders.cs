using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>Loads records the caller may reach; anything else (missing, another region) is 404 alike.</summary>
internal static class Loaders
{
    public static async Task<Workplace> WorkplaceAsync(this InspectionsDbContext db, Guid id, CallerContext caller, CancellationToken ct, string field = "Workplace")
    {
        var workplace = await db.Workplaces.Include(w => w.Ambassadors).FirstOrDefaultAsync(w => w.Id == id, ct);
        return workplace is not null && caller.CanAccessRegion(workplace.Region) ? workplace : throw new NotFoundException(field);
    }

    public static async Task<Inspection> InspectionAsync(this InspectionsDbContext db, Guid id, CallerContext caller, CancellationToken ct)
    {
        var inspection = await db.Inspections
            .Include(i => i.Answers).Include(i => i.Violations).Include(i => i.Recommendations).Include(i => i.Supplies)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        return inspection is not null && caller.CanAccessRegion(inspection.Region) ? inspection : throw new NotFoundException("Inspection");
    }

    public static async Task<ChecklistTemplate> TemplateOfAsync(this InspectionsDbContext db, Inspection inspection, CancellationToken ct) =>
        await db.ChecklistTemplates.AsNoTracking().FirstAsync(t => t.Id == inspection.ChecklistTemplateId, ct);

    public static async Task<AccidentCase> AccidentAsync(this InspectionsDbContext db, Guid id, CallerContext caller, CancellationToken ct)
    {
        var accident = await db.AccidentCases.FirstOrDefaultAsync(a => a.Id == id, ct);
        return accident is not null && caller.CanAccessRegion(accident.Region) ? accident : throw new NotFoundException("Accident case file");
    }

    public static async Task<HealthCampaign> CampaignAsync(this InspectionsDbContext db, Guid id, CallerContext caller, CancellationToken ct)
    {
        var campaign = await db.HealthCampaigns.Include(c => c.Participations).FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is not null && caller.CanAccessRegion(campaign.Region) ? campaign : throw new NotFoundException("Health campaign");
    }
}
