using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Messaging;

/// <summary>A dissolved cooperative's workplace is retired: out of the plan and the liable count; its history stays.</summary>
public sealed class CooperativeDissolvedConsumer(InspectionsDbContext db, TimeProvider clock, ILogger<CooperativeDissolvedConsumer> logger)
    : InboxConsumer<CooperativeDissolved, InspectionsDbContext>(db, logger)
{
    protected override async Task HandleAsync(CooperativeDissolved message, ConsumeContext<CooperativeDissolved> context)
    {
        var workplaces = await Db.Workplaces
            .Where(w => w.CooperativeId == message.CooperativeId && w.Region == message.Region)
            .ToListAsync(context.CancellationToken);
        foreach (var workplace in workplaces) workplace.Retire(message.DissolvedOn, clock.GetUtcNow());
    }
}
