using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>What an approval announces: AidApplicationApproved, and ProgrammeBudgetExhausted the one time it happens.</summary>
internal static class ApprovalEvents
{
    public static void Add(WelfareAidDbContext db, Programme programme, AidApplication application, bool budgetExhausted, DateTimeOffset now)
    {
        var correlation = OutboxDbContextExtensions.CurrentCorrelationId();
        db.AddEvent(new AidApplicationApproved(Guid.CreateVersion7(now), now, application.Region, correlation,
            application.Id, programme.Id, KebabCase.Name(programme.Kind), application.ReservedAmount, application.Currency));
        if (budgetExhausted)
            db.AddEvent(new ProgrammeBudgetExhausted(Guid.CreateVersion7(now), now, programme.Region, correlation,
                programme.Id, programme.BudgetAmount, programme.ReservedAmount, programme.Currency));
    }
}
