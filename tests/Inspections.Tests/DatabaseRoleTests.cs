using LabourWelfare.TestSupport;

namespace LabourWelfare.Inspections.Tests;

/// <summary>The service runs as a role of its own that PostgreSQL stops from rewriting the audit trail or the schema.</summary>
public sealed class DatabaseRoleTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    [Fact]
    public Task The_service_role_cannot_update_or_delete_the_audit_trail() =>
        DatabaseRoleAssertions.ServiceRoleCannotRewriteHistoryAsync(service.Database);
}
