using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIddict.EntityFrameworkCore.Models;

namespace LabourWelfare.Identity.Data.Configurations;

/// <summary>Tokens come and go with every sign-in and refresh: not records of the department.</summary>
internal sealed class OpenIddictTokenConfiguration : IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreToken>
{
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreToken> builder) =>
        builder.ToTable("oidc_tokens").NotAudited();
}
