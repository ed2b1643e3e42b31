namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL settings that keep personal data out of the server's own log: no DETAIL lines (a unique violation's
/// DETAIL repeats the key, e.g. a national id), no statement text with errors, no statement logging.
/// The same settings are documented for production in docs/security.md.
/// </summary>
internal static class PersonalDataSafeLogging
{
    /// <summary>The settings as postgres command-line arguments (-c name=value).</summary>
    public static IEnumerable<string> ServerArguments() => Settings.SelectMany(setting => new[] { "-c", setting });

    private static readonly string[] Settings =
    [
        "log_error_verbosity=terse",
        "log_min_error_statement=panic",
        "log_statement=none",
        "log_min_duration_statement=-1",
    ];
}
