using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Domain;

/// <summary>Officers act for the department in one region; citizens are linked to their national id.</summary>
public enum AccountKind { Officer, Citizen }

/// <summary>
/// An account of the platform: an ASP.NET Core Identity user with what the tokens carry (region, roles, national id)
/// and what the department decides about it (disabled, must change its temporary password).
/// </summary>
public sealed class PlatformUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public AccountKind Kind { get; set; }

    /// <summary>The region an officer works in, or a citizen lives in (regions.json code).</summary>
    public string? Region { get; set; }

    /// <summary>A citizen's national id, normalised and checksum-valid; unique. Personal data: never logged.</summary>
    public string? NationalId { get; set; }

    /// <summary>Taken away by an admin: no sign-in, and every token already issued is revoked.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set with a temporary password: no token is issued before the owner picks a new one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Row version (PostgreSQL xmin), the ETag of the admin API.</summary>
    public uint Version { get; set; }
}
