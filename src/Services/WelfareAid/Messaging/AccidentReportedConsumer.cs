using System.Diagnostics;
using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using MassTransit;

namespace LabourWelfare.WelfareAid.Messaging;

/// <summary>An occupational accident: every injured person is referred for accident support, once per event.</summary>
public sealed class AccidentReportedConsumer(WelfareAidDbContext db, ReferralIntake intake, ILogger<AccidentReportedConsumer> logger)
    : InboxConsumer<AccidentReported, WelfareAidDbContext>(db, logger)
{
    protected override async Task HandleAsync(AccidentReported message, ConsumeContext<AccidentReported> context)
    {
        var provenance = new Provenance(nameof(AccidentReported), message.EventId, "inspections", Activity.Current?.TraceId.ToHexString());
        foreach (var injured in message.Injured)
        {
            await intake.ReferAsync(message.Region, injured.NationalId, injured.FullName, TargetGroup.AccidentVictim,
                ApplicationOrigin.AccidentReported, message.AccidentCaseId.ToString(), injured.InjurySeverity, provenance,
                context.CancellationToken);
        }
    }
}
