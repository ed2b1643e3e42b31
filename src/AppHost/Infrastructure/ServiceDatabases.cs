using System.Security.Cryptography;
using LabourWelfare.Persistence;

namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// A service's database as the service sees it: a connection string as its own app role (no superuser, no DDL, the audit
/// trail append-only), and the owner role's connection string that only its migrate step gets.
/// </summary>
internal sealed record ServiceDatabase(
    IResourceBuilder<IResourceWithConnectionString> App, ReferenceExpression OwnerConnectionString, string AppRole);

/// <summary>
/// Provisions each service's database and roles on one PostgreSQL server once it is healthy
/// (LabourWelfare.Persistence.ServiceDatabaseProvisioning, as a superuser). The role passwords are new on every start:
/// provisioning sets them again, so nothing has to remember them.
/// </summary>
internal sealed class ServiceDatabases
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<IResource> _server;
    private readonly Func<CancellationToken, Task<string>> _adminConnectionString;
    private readonly Func<int, ReferenceExpression> _addressOf;
    private readonly List<(string Database, string OwnerRole, IResourceBuilder<ParameterResource> OwnerPassword, string AppRole, IResourceBuilder<ParameterResource> AppPassword)> _databases = [];

    public ServiceDatabases(IDistributedApplicationBuilder builder, IResourceBuilder<IResource> server,
        Func<CancellationToken, Task<string>> adminConnectionString, Func<int, ReferenceExpression> addressOf)
    {
        _builder = builder;
        _server = server;
        _adminConnectionString = adminConnectionString;
        _addressOf = addressOf;
        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (evt, ct) =>
        {
            var logger = evt.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server.Resource);
            var admin = await _adminConnectionString(ct);
            foreach (var (database, ownerRole, ownerPassword, appRole, appPassword) in _databases)
            {
                await ServiceDatabaseProvisioning.EnsureServiceDatabaseAsync(admin, database, ownerRole,
                    await ownerPassword.Resource.GetValueAsync(ct), appRole, await appPassword.Resource.GetValueAsync(ct), ct);
                logger.LogInformation("Database {Database} ready for roles {Owner} and {App}", database, ownerRole, appRole);
            }
        });
    }

    public ServiceDatabase Add(string name)
    {
        var address = _addressOf(_databases.Count); // "Host=…;Port=…"
        var ownerRole = name + "_owner";
        var appRole = name + "_app";
        var ownerPassword = _builder.AddParameter($"{name}-owner-password", NewPassword(), secret: true);
        var appPassword = _builder.AddParameter($"{name}-app-password", NewPassword(), secret: true);
        _databases.Add((name, ownerRole, ownerPassword, appRole, appPassword));

        var app = ReferenceExpression.Create($"{address};Username={appRole};Password={appPassword.Resource};Database={name}");
        var owner = ReferenceExpression.Create($"{address};Username={ownerRole};Password={ownerPassword.Resource};Database={name}");

        var healthCheckKey = $"{name}_check";
        string? resolved = null;
        _builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            healthCheckKey, _ => new PostgresHealthCheck(_ => Task.FromResult(resolved)), failureStatus: null, tags: null));
        var database = _builder.AddConnectionString(name, app)
            .WithParentRelationship(_server)
            .WaitFor(_server)
            .WithHealthCheck(healthCheckKey);
        _builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(database.Resource, async (_, ct) =>
            resolved = await ((IResourceWithConnectionString)database.Resource).GetConnectionStringAsync(ct));
        return new ServiceDatabase(database.AsConnectionString(), owner, appRole);
    }

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
