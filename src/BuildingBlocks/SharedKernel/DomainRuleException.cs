namespace LabourWelfare.SharedKernel;

/// <summary>
/// A business rule refused the change (a transition that makes no sense, a budget exhausted, a slot taken).
/// Answered as 409 Conflict with the rule's code and reason.
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>A record that does not exist for this caller (other regions' records look the same: 404).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
