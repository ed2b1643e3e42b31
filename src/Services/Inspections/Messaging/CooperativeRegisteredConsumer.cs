using System.Diagnostics;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Messaging;

/// <summary>A registered cooperative is a workplace liable to inspection: register it, once.</summary>
public sealed class CooperativeRegisteredConsumer(InspectionsDbContext db, TimeProvider clock, ILogger<CooperativeRegisteredConsumer> logger)
    : InboxConsumer<CooperativeRegistered, InspectionsDbContext>(db, logger)
{
    protected override async Task HandleAsync(CooperativeRegistered message, ConsumeContext<CooperativeRegistered> context)
    {
        var number = Workplace.NormalizeRegistrationNumber(message.RegistrationNumber);
        var exists = await Db.Workplaces.AnyAsync(
            w => w.Region == message.Region && w.RegistrationNumber == number, context.CancellationToken);
        if (exists) return; // registered by an officer already: keep theirs

        Db.Workplaces.Add(Workplace.Register(
            message.Region, message.Name, message.County, Workplace.FromCooperativeSector(message.Sector),
            workforceSize: message.MemberCount, employerName: message.Name, number,
            clock.GetUtcNow(), message.CooperativeId,
            new Provenance(nameof(CooperativeRegistered), message.EventId, "cooperatives", Activity.Current?.TraceId.ToHexString())));
    }
}
