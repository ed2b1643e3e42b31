namespace LabourWelfare.Persistence.Auditing;

/// <summary>
/// A row the platform keeps for its own machinery (outbox, inbox, idempotency keys), not a record of the department:
/// the audit trail leaves it out.
/// </summary>
public interface IPlatformRow;
