using System.Diagnostics;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Messaging;

/// <summary>
/// A labour dispute that mediation closed without settlement flags the employer's workplace for a targeted inspection:
/// the workplace named by the case (when it came from an inspection), else the region's active workplaces whose
/// employer has that name. Other outcomes change nothing.
/// </summary>
public sealed class MediationCaseClosedConsumer(InspectionsDbContext db, ILogger<MediationCaseClosedConsumer> logger)
    : InboxConsumer<MediationCaseClosed, InspectionsDbContext>(db, logger)
{
    protected override async Task HandleAsync(MediationCaseClosed message, ConsumeContext<MediationCaseClosed> context)
    {
        if (message.Outcome != MediationCaseClosed.NotSettled) return;

        var workplaces = Db.Workplaces.Include(w => w.Disputes)
            .Where(w => w.Region == message.Region && w.Status == WorkplaceStatus.Active);
        List<Workplace> targets;
        if (message.WorkplaceId is { } workplaceId)
            targets = await workplaces.Where(w => w.Id == workplaceId).ToListAsync(context.CancellationToken);
        else if (!string.IsNullOrWhiteSpace(message.EmployerName))
        {
            var key = Workplace.KeyOf(message.EmployerName);
            targets = await workplaces.Where(w => w.EmployerKey == key).ToListAsync(context.CancellationToken);
        }
        else return;

        var provenance = new Provenance(nameof(MediationCaseClosed), message.EventId, "mediation", Activity.Current?.TraceId.ToHexString());
        // Provenance is an owned value: EF Core tracks one instance per owner, so each dispute gets its own copy.
        foreach (var workplace in targets)
            workplace.RecordUnresolvedDispute(message.CaseId, message.CaseNumber, message.Category, message.OccurredAt, provenance with { });
        if (targets.Count == 0) Logger.LogInformation("No workplace of region {Region} matches mediation case {CaseId}", message.Region, message.CaseId);
    }

    private ILogger Logger => logger;
}
