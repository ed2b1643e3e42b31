using Npgsql;
using LabourWelfare.TestSupport;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// PostgreSQL's own log gets no personal data: when a referral consumer and POST /api/aid/beneficiaries race on one
/// person, a unique violation must not make the server log <c>DETAIL: Key ("NationalId")=(…) already exists</c>. The race ends in a unique
/// violation on the national id; the test causes exactly that violation, as the service role, and reads the server log.
/// </summary>
public sealed class ServerLogPersonalDataTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public async Task A_unique_violation_on_a_national_id_leaves_no_national_id_in_the_server_log()
    {
        var aid = new AidApi(service);
        var beneficiary = await aid.BeneficiaryAsync();
        var log = PostgresServerLog.Mark();

        await using var connection = await service.Database.OpenAsServiceAsync();
        await ExecuteAsync(connection, "CREATE TEMP TABLE twin AS SELECT * FROM beneficiaries WHERE \"Id\" = $1", beneficiary.Id);
        await ExecuteAsync(connection, "UPDATE twin SET \"Id\" = gen_random_uuid()");
        var violation = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "INSERT INTO beneficiaries SELECT * FROM twin"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, violation.SqlState);

        // The error itself is logged (so this is the right log, and it is written); its DETAIL and statement are not.
        var written = string.Empty;
        await Eventually.Until(async () => (written = await log.SinceMarkAsync()).Contains(violation.ConstraintName!),
            $"the server logs the unique violation in {log.Path}");
        Assert.DoesNotContain(beneficiary.NationalId, written);
        Assert.DoesNotContain("DETAIL:", written);
        Assert.DoesNotContain("STATEMENT:", written);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await command.ExecuteNonQueryAsync();
    }
}
