using System.Diagnostics;
using LabourWelfare.Contracts;
using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Messaging;

/// <summary>
/// An illegal dismissal or unpaid wages found by an inspection opens a case referred from the inspection, with the
/// employer as respondent, once per violation. Other violation categories are not the centre's business.
/// </summary>
public sealed class ViolationRecordedConsumer(
    MediationDbContext db, RegionCatalog regions, TimeProvider clock, ILogger<ViolationRecordedConsumer> logger)
    : InboxConsumer<ViolationRecorded, MediationDbContext>(db, logger)
{
    public const string SourceService = "inspections";

    protected override async Task HandleAsync(ViolationRecorded message, ConsumeContext<ViolationRecorded> context)
    {
        if (CategoryOf(message.Category) is not { } category) return;
        if (!regions.TryGet(message.Region, out var region))
        {
            logger.LogWarning("ViolationRecorded {EventId} names an unknown region; no case opened", message.EventId);
            return;
        }
        if (await Db.Cases.AnyAsync(c => c.ViolationId == message.ViolationId, context.CancellationToken)) return;

        var now = clock.GetUtcNow();
        var number = await CaseNumbers.NextAsync(Db, region, now, context.CancellationToken);
        Db.Cases.Add(MediationCase.OpenFromInspection(
            number, category, message.WorkplaceId, message.EmployerName, message.InspectionId, message.ViolationId,
            new Provenance(nameof(ViolationRecorded), message.EventId, SourceService, Activity.Current?.TraceId.ToHexString()),
            now));
    }

    public static CaseCategory? CategoryOf(string violationCategory) => violationCategory switch
    {
        ViolationRecorded.IllegalDismissal => CaseCategory.LabourDismissal,
        ViolationRecorded.UnpaidWages => CaseCategory.LabourWages,
        _ => null,
    };
}
