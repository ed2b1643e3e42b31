namespace LabourWelfare.Persistence;

/// <summary>
/// Server settings kept in postgresql.conf syntax in one file (eng/postgres/personal-data.conf: no personal data in
/// the server log), turned into <c>postgres -c name=value</c> arguments for a launcher that starts PostgreSQL itself.
/// </summary>
public static class PostgresServerSettings
{
    /// <summary>Relative to the repository root.</summary>
    public const string PersonalDataFile = "eng/postgres/personal-data.conf";

    /// <summary>The settings of a postgresql.conf-style file: comments and blank lines skipped, quotes removed.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string path)
    {
        var settings = new List<KeyValuePair<string, string>>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            var equals = line.IndexOf('=');
            if (equals <= 0) throw new FormatException($"{path}: '{raw}' is not 'name = value'.");
            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') value = value[1..^1].Replace("''", "'", StringComparison.Ordinal);
            settings.Add(new(line[..equals].Trim(), value));
        }
        return settings;
    }

    /// <summary>["-c", "name=value", …] for the postgres executable.</summary>
    public static IReadOnlyList<string> CommandLineArguments(string path) =>
        Read(path).SelectMany(s => new[] { "-c", $"{s.Key}={s.Value}" }).ToList();

    private static string StripComment(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'') quoted = !quoted;
            else if (line[i] == '#' && !quoted) return line[..i];
        }
        return line;
    }
}
