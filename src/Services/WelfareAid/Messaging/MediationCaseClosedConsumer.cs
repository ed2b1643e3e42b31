using System.Diagnostics;
using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using MassTransit;

namespace LabourWelfare.WelfareAid.Messaging;

/// <summary>A dismissal case that ended without settlement refers the dismissed worker; other closures are not ours.</summary>
public sealed class MediationCaseClosedConsumer(WelfareAidDbContext db, ReferralIntake intake, ILogger<MediationCaseClosedConsumer> logger)
    : InboxConsumer<MediationCaseClosed, WelfareAidDbContext>(db, logger)
{
    protected override async Task HandleAsync(MediationCaseClosed message, ConsumeContext<MediationCaseClosed> context)
    {
        if (message.Category != MediationCaseClosed.LabourDismissal || message.Outcome != MediationCaseClosed.NotSettled
            || message.DismissedWorker is not { } worker)
            return;
        var provenance = new Provenance(nameof(MediationCaseClosed), message.EventId, "mediation", Activity.Current?.TraceId.ToHexString());
        await intake.ReferAsync(message.Region, worker.NationalId, worker.FullName, TargetGroup.DismissedWorker,
            ApplicationOrigin.MediationCaseClosed, message.CaseNumber, message.Outcome, provenance, context.CancellationToken);
    }
}
