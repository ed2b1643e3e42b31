using Npgsql;

namespace LabourWelfare.Persistence;

/// <summary>Classifies failures: a database outage is retried for as long as it lasts, never dead-lettered.</summary>
public static class TransientFaults
{
    public static bool IsDatabaseOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true }) return true;
            if (current is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }) return true; // shutdown, too many connections
            if (current is TimeoutException) return true;
        }
        return false;
    }
}
