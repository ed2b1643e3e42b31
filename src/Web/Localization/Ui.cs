using System.Globalization;
using System.Security.Claims;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.Web.Api;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabourWelfare.Web.Localization;

/// <summary>
/// Who is signed in, as the pages need it: roles for menus, region for currency, calendar and time zone, and
/// <see cref="Actor"/>, the name the services record when this person acts (their sign-in name, as CallerContext.Actor).
/// </summary>
public sealed record UserInfo(
    string Actor, string Name, IReadOnlySet<string> Roles, string? Region, string? NationalId, Region? RegionData, TimeZoneInfo TimeZone)
{
    public bool Is(params string[] roles) => roles.Any(Roles.Contains);

    public bool IsOfficer => Roles.Any(ServiceDefaults.Roles.Officers.Contains) || Roles.Contains(ServiceDefaults.Roles.Admin);

    public string Currency => RegionData?.Currency ?? "IRR";
}

/// <summary>
/// One injection for a page's words and formats: <c>Ui.T("key")</c> in the user's language, enum values, numbers,
/// money and dates as the user reads them, and the signed-in user (loaded once per circuit by the layout).
/// </summary>
public sealed class Ui(AuthenticationStateProvider authentication, RegionCatalog regions, IConfiguration configuration)
{
    public UserInfo? User { get; private set; }

    public string Language => Languages.Current;

    public bool RightToLeft => Languages.CurrentIsRightToLeft;

    public async Task<UserInfo?> LoadUserAsync()
    {
        if (User is not null) return User;
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (principal.Identity?.IsAuthenticated != true) return null;
        var region = principal.FindFirstValue(PlatformClaims.Region);
        regions.TryGet(region, out var regionData);
        User = new UserInfo(
            CallerContext.ActorOf(principal),
            principal.FindFirstValue(PlatformClaims.Name) ?? principal.FindFirstValue(PlatformClaims.Subject) ?? string.Empty,
            principal.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            region, principal.FindFirstValue(PlatformClaims.NationalId), regionData, ZoneOf(regionData));
        return User;
    }

    /// <summary>The region's time zone (configuration "TimeZones:{country}"), UTC when unknown.</summary>
    private TimeZoneInfo ZoneOf(Region? region) =>
        region is not null && configuration[$"TimeZones:{region.Country}"] is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

    public string T(string key) => UiText.Get(key, Language);

    public string T(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, T(key), args.Select(FormatArg).ToArray());

    /// <summary>An API enum value ("illegal-dismissal") in the user's language; the value itself if no text is known.</summary>
    public string E(string? value) => value is null ? "—" : UiText.TryGet("enum." + value, Language) ?? value;

    /// <summary>A rule's reason by its code in the user's language; the service's (English) message otherwise.</summary>
    public string Reason(EligibilityReasonDto reason) => UiText.TryGet("reason." + reason.Code, Language) ?? reason.Message;

    public string Region(string? code) => code is null ? "—" : UiText.TryGet("region." + code, Language) ?? code;

    public string Number(decimal? value, int decimals = 0) => Formats.Number(value, decimals);

    public string Number(int? value) => Formats.Number(value);

    public string Money(MoneyDto? money) => Formats.Money(money);

    public string Money(decimal amount, string currency) => Formats.Money(amount, currency);

    public string Money(IEnumerable<MoneyDto> amounts) => Formats.Money(amounts);

    public string Date(DateOnly? date) => Formats.Date(date);

    public string When(DateTimeOffset? instant) => Formats.DateTime(instant, User?.TimeZone ?? TimeZoneInfo.Utc);

    public string Digits(string text) => Formats.Digits(text);

    public string Percent(decimal? value, bool signed = false) => Formats.Percent(value, signed);

    /// <summary>Today in the user's region.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, User?.TimeZone ?? TimeZoneInfo.Utc).DateTime);

    private static object FormatArg(object arg) => arg switch
    {
        int i => Formats.Number(i),
        decimal d => Formats.Number(d),
        string s => Formats.Digits(s),
        _ => arg,
    };
}
