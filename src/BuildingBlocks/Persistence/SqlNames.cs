using System.Text.RegularExpressions;

namespace LabourWelfare.Persistence;

/// <summary>
/// Role and database names go into DDL, which takes no parameters: only plain lower-case identifiers are accepted,
/// and they are always double-quoted. Passwords are string literals with quotes doubled.
/// </summary>
internal static partial class SqlNames
{
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();

    public static string Quote(string name, string what) =>
        Identifier().IsMatch(name)
            ? $"\"{name}\""
            : throw new ArgumentException($"{what} '{name}' must be lower-case letters, digits and underscores (at most 63).", what);

    public static string Literal(string? value) =>
        value is null ? "NULL"
        : value.Contains('\0') ? throw new ArgumentException("A password cannot contain NUL.")
        : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
