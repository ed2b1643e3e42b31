namespace LabourWelfare.SharedKernel;

/// <summary>Which event opened a record: its type, id, the service that published it, and the trace it belongs to.</summary>
public sealed record Provenance(string EventType, Guid EventId, string SourceService, string? TraceId);
