using LabourWelfare.Identity.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Seeding;

/// <summary>
/// Development's fast path: for every region of regions.json, one account per role — inspector.fars,
/// aid-officer.fars, registrar.fars, mediator.fars, supervisor.fars, admin.fars, citizen.fars — all with the demo
/// password; admins with the demo TOTP secret (second step on, as for every admin); citizens with a checksum-valid
/// national id derived from the region's name (the same on every machine). Existing accounts are left as they are.
/// </summary>
public sealed class DemoAccounts(UserManager<PlatformUser> users, RegionCatalog regions, IdentitySettings settings, TimeProvider clock, ILogger<DemoAccounts> logger)
{
    public static IEnumerable<string> RolesSeeded => [.. Roles.Officers, Roles.Admin, Roles.Citizen];

    public static string UserName(string role, string region) => $"{role}.{region}";

    public async Task SeedAsync()
    {
        var created = 0;
        foreach (var region in regions.All.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            foreach (var role in RolesSeeded)
            {
                var userName = UserName(role, region.Code);
                if (await users.FindByNameAsync(userName) is not null) continue;
                var citizen = role == Roles.Citizen;
                var user = new PlatformUser
                {
                    UserName = userName,
                    DisplayName = $"Demo {role} ({region.Code})",
                    Kind = citizen ? AccountKind.Citizen : AccountKind.Officer,
                    Region = region.Code,
                    NationalId = citizen ? NationalIdFor(region) : null,
                    LockoutEnabled = true,
                    CreatedAt = clock.GetUtcNow(),
                };
                Check(await users.CreateAsync(user, settings.DemoPassword));
                Check(await users.AddToRoleAsync(user, role));
                if (role == Roles.Admin)
                {
                    Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", settings.DemoAdminTotpSecret));
                    Check(await users.SetTwoFactorEnabledAsync(user, true));
                }
                created++;
            }
        }
        if (created > 0) logger.LogInformation("Demo accounts created: {Count}", created);
    }

    /// <summary>A checksum-valid national id for the region's demo citizen, stable across machines and runs.</summary>
    public static string NationalIdFor(Region region)
    {
        var seed = region.Code.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & 0x7FFFFFFF;
        for (var attempt = 0; ; attempt++)
        {
            var candidate = region.Country == "KZ" ? KazakhIin(seed + attempt) : IranianCode(seed + attempt);
            if (NationalId.TryNormalize(candidate, region.Country, out var valid)) return valid;
        }
    }

    private static string IranianCode(int seed)
    {
        var body = (100_000_000 + seed % 900_000_000).ToString("D9");
        var sum = body.Select((d, i) => (d - '0') * (10 - i)).Sum();
        var remainder = sum % 11;
        return body + (remainder < 2 ? remainder : 11 - remainder);
    }

    /// <summary>Born 1 January 1990 (century digit 3), a serial from the seed, then the IIN check digit.</summary>
    private static string KazakhIin(int seed)
    {
        var body = $"900101{3}{seed % 10_000:D4}";
        int Weighted(int start) => Enumerable.Range(0, 11).Sum(i => (body[i] - '0') * ((i + start) % 11 == 0 ? 11 : (i + start) % 11)) % 11;
        var check = Weighted(1);
        if (check == 10) check = Weighted(3);
        return check == 10 ? "invalid" : body + check;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
