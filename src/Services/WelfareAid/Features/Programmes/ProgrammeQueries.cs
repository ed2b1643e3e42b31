using LabourWelfare.ServiceDefaults;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>Who may see which programme, for the programme reads and for applying.</summary>
internal static class ProgrammeQueries
{
    /// <summary>Officers of its region see a programme in any status; citizens see launched ones of their region.</summary>
    public static bool CanSee(this CallerContext caller, Programme programme) =>
        caller.SeesRegion(programme.Region)
        || (caller.HasRole(Roles.Citizen) && caller.CanAccessRegion(programme.Region) && programme.Status != ProgrammeStatus.Draft);
}
