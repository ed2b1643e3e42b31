using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Gateway;

/// <summary>
/// Development only: mints a token with roles and region for trying the API locally. Mapped only when the
/// environment is Development, so it cannot be switched on anywhere else.
/// </summary>
public static class DevTokenEndpoint
{
    /// <summary>Who the token speaks for.</summary>
    /// <param name="Subject">The caller's sign-in name (inspector.fars); the token's subject and preferred_username, so records name it (audit trail, maker-checker).</param>
    /// <param name="Roles">citizen, inspector, aid-officer, registrar, mediator, supervisor, admin or partner.</param>
    /// <param name="Region">The caller's region (fars, ilam, ardabil, qom, almaty); admins may leave it out.</param>
    /// <param name="NationalId">Citizens only: whose records they own.</param>
    /// <param name="LifetimeMinutes">1–1440; 480 when left out.</param>
    public sealed record TokenRequest(string? Subject, string[]? Roles, string? Region, string? NationalId, int? LifetimeMinutes);

    /// <summary>A signed JWT to send as <c>Authorization: Bearer</c>.</summary>
    /// <param name="AccessToken">The JWT.</param>
    /// <param name="TokenType">Always <c>Bearer</c>.</param>
    /// <param name="ExpiresIn">Seconds until it expires.</param>
    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapDevTokenEndpoint(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.MapPost("/dev/token", Issue).AllowAnonymous().WithTags("Development")
            .WithName("IssueDevelopmentToken").WithSummary("Development-only local token");
    }

    private static Results<Ok<TokenResponse>, ValidationProblem> Issue(TokenRequest request, IConfiguration configuration, RegionCatalog regions)
    {
        var errors = new FieldErrors()
            .Required("subject", request.Subject)
            .When(request.Roles is null || request.Roles.Length == 0, "roles", "must name at least one role.")
            .When(request.Roles?.Any(r => !Roles.All.Contains(r)) == true, "roles", $"must be among: {string.Join(", ", Roles.All)}.")
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .Range("lifetimeMinutes", request.LifetimeMinutes, 1, 24 * 60);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var lifetime = TimeSpan.FromMinutes(request.LifetimeMinutes ?? 480);
        var token = DevTokens.Create(AuthSettings.From(configuration), request.Subject!, request.Roles!,
            request.Region?.ToLowerInvariant(), request.NationalId, lifetime);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds));
    }
}
