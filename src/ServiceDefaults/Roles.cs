namespace LabourWelfare.ServiceDefaults;

/// <summary>The roles of the domain brief, as they appear in the token's "role" claims.</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string Inspector = "inspector";
    public const string AidOfficer = "aid-officer";
    public const string Registrar = "registrar";
    public const string Mediator = "mediator";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    public const string Partner = "partner";

    public static IReadOnlyList<string> All { get; } =
        [Citizen, Inspector, AidOfficer, Registrar, Mediator, Supervisor, Admin, Partner];

    /// <summary>Officers act for the department inside their own region.</summary>
    public static IReadOnlyList<string> Officers { get; } = [Inspector, AidOfficer, Registrar, Mediator, Supervisor];
}

/// <summary>Claim types of our tokens (kept as the JWT names: no Microsoft claim-type mapping).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";

    /// <summary>
    /// The person's sign-in name (OpenID Connect's preferred_username), e.g. mediator.fars: what a supervisor knows of
    /// a colleague, unlike <see cref="Subject"/>, the provider's opaque account id.
    /// </summary>
    public const string UserName = "preferred_username";
    public const string Role = "role";
    public const string Region = "region";
    public const string NationalId = "national_id";
    public const string Name = "name";
}
