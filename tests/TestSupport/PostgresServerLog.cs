using System.Text;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// The test PostgreSQL server's own log file (LW_POSTGRES_LOG, written to .local/infra.env by eng/infra.sh), read from
/// a mark onwards so a test sees what the server logged while it ran.
/// </summary>
public sealed class PostgresServerLog
{
    private readonly long _mark;

    private PostgresServerLog(string path)
    {
        Path = path;
        _mark = new FileInfo(path).Length;
    }

    public string Path { get; }

    /// <summary>Marks the end of the log now. Fails when the log is not known: the tests that read it must not pass unread.</summary>
    public static PostgresServerLog Mark()
    {
        var path = Environment.GetEnvironmentVariable("LW_POSTGRES_LOG");
        Assert.False(string.IsNullOrEmpty(path),
            "LW_POSTGRES_LOG is not set: source .local/infra.env (eng/infra.sh writes it) or name the server's log file.");
        Assert.True(File.Exists(path), $"LW_POSTGRES_LOG={path} does not exist.");
        return new PostgresServerLog(path!);
    }

    /// <summary>What the server wrote since the mark.</summary>
    public async Task<string> SinceMarkAsync()
    {
        await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Min(_mark, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
