namespace LabourWelfare.Mediation.Domain;

/// <summary>Who is asking, reduced to what confidentiality needs (no HTTP types here).</summary>
/// <param name="SupervisorOfRegion">The region the caller supervises, if they are a supervisor.</param>
/// <param name="MediatorId">The mediator record of the caller, if they are a mediator.</param>
/// <param name="NationalId">The caller's own national id, if their token carries one.</param>
public sealed record CaseReader(string? SupervisorOfRegion, Guid? MediatorId, string? NationalId);

/// <summary>
/// Case details are for the assigned mediator, the region's supervisors and the parties. Everyone else is told the
/// case does not exist (404), so even its existence does not leak.
/// </summary>
public static class CaseConfidentiality
{
    public static bool CanRead(MediationCase @case, CaseReader reader) =>
        IsSupervisor(@case, reader) || IsAssignedMediator(@case, reader) || IsParty(@case, reader);

    /// <summary>Officers of the case (supervisor, assigned mediator) run it; parties only read it.</summary>
    public static bool CanWork(MediationCase @case, CaseReader reader) =>
        IsSupervisor(@case, reader) || IsAssignedMediator(@case, reader);

    public static bool IsSupervisor(MediationCase @case, CaseReader reader) =>
        reader.SupervisorOfRegion is not null &&
        string.Equals(reader.SupervisorOfRegion, @case.Region, StringComparison.OrdinalIgnoreCase);

    public static bool IsAssignedMediator(MediationCase @case, CaseReader reader) =>
        reader.MediatorId is not null && @case.MediatorId == reader.MediatorId;

    public static bool IsParty(MediationCase @case, CaseReader reader) =>
        reader.NationalId is not null && @case.Parties.Any(p => p.NationalId == reader.NationalId);

    /// <summary>National ids are shown in full to the case's officers and to the person themselves; masked otherwise.</summary>
    public static bool SeesNationalIdOf(MediationCase @case, CaseReader reader, CaseParty party) =>
        CanWork(@case, reader) || (party.NationalId is not null && party.NationalId == reader.NationalId);
}
