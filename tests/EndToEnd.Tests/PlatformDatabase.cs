using Npgsql;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>A service's database in the platform under test, read as the service's own app role (for assertions only).</summary>
public sealed class PlatformDatabase(string connectionString)
{
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        var result = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(result!, typeof(T));
    }
}
