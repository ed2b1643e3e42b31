using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Shared;

/// <summary>
/// The public events about an aid application: its approval, and the programme's budget running out with it. The
/// envelope is filled when the event is queued (AddEvent).
/// </summary>
internal static class ApplicationEvents
{
    public static AidApplicationApproved Approved(AidApplication application, Programme programme) => new(
        application.Id, programme.Id, KebabCase.Name(programme.Kind), application.Reserved.Amount, application.Reserved.Currency);

    public static ProgrammeBudgetExhausted BudgetExhausted(Programme programme) => new(
        programme.Id, programme.Budget.Amount, programme.Reserved.Amount, programme.Budget.Currency);

    /// <summary>What an approval announces: AidApplicationApproved, and ProgrammeBudgetExhausted the one time it happens.</summary>
    public static void AddApproval(WelfareAidDbContext db, Programme programme, AidApplication application, bool budgetExhausted, DateTimeOffset now)
    {
        db.AddEvent(Approved(application, programme), application.Region, now);
        if (budgetExhausted) db.AddEvent(BudgetExhausted(programme), programme.Region, now);
    }
}
