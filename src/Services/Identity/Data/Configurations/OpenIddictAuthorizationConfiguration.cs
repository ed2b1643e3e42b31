using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIddict.EntityFrameworkCore.Models;

namespace LabourWelfare.Identity.Data.Configurations;

/// <summary>Sessions come and go with every sign-in: not records of the department.</summary>
internal sealed class OpenIddictAuthorizationConfiguration : IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreAuthorization>
{
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreAuthorization> builder) =>
        builder.ToTable("oidc_authorizations").NotAudited();
}
