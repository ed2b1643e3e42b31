using Microsoft.AspNetCore.Http;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// Optimistic concurrency over HTTP: reads send ETag "&lt;version&gt;", updates must send If-Match with it
/// (428 when missing, 412 when stale). The version is PostgreSQL's xmin of the row.
/// </summary>
public static class ETags
{
    public static string Format(uint version) => $"\"{version}\"";

    public static void Set(HttpContext context, uint version) => context.Response.Headers.ETag = Format(version);

    /// <summary>Checks If-Match against the record's current version.</summary>
    public static void RequireMatch(HttpContext context, uint currentVersion)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
            throw new PreconditionRequiredException("Send the record's ETag in If-Match to change it.");
        var expected = Format(currentVersion);
        var matches = ifMatch.Split(',').Select(v => v.Trim()).Any(v => v == "*" || v == expected || v == "W/" + expected);
        if (!matches) throw new PreconditionFailedException();
    }
}

public sealed class PreconditionRequiredException(string message) : Exception(message);

public sealed class PreconditionFailedException() : Exception("The record was changed since it was read.");
