namespace LabourWelfare.Identity.Keys;

/// <summary>
/// A key of the provider, as a self-signed X.509 certificate whose validity is the key's schedule: it is published
/// (JWKS) from creation, signs from <see cref="ActivatesAt"/> (its NotBefore), stops signing at <see cref="RetiresAt"/>
/// and stays published until <see cref="ExpiresAt"/> (its NotAfter) so tokens it signed still validate.
/// </summary>
public sealed class SigningKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; set; }

    /// <summary>"sig" (access and identity tokens) or "enc" (the provider's own codes and refresh tokens).</summary>
    public string Use { get; set; } = Signing;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ActivatesAt { get; set; }
    public DateTimeOffset RetiresAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The PKCS#12 certificate with its private key, protected with ASP.NET Core Data Protection.</summary>
    public string ProtectedCertificate { get; set; } = string.Empty;
}
