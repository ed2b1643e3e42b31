using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Keys;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Identity.Data;

/// <summary>
/// Accounts and roles (ASP.NET Core Identity), clients, authorizations and tokens (OpenIddict), the provider's keys
/// and Data Protection keys, and the audit trail of every account change.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
    }
}
