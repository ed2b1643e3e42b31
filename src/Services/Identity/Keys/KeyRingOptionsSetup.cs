using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace LabourWelfare.Identity.Keys;

/// <summary>
/// Hands the key ring to OpenIddict: every published key goes into the JWKS; OpenIddict signs with the valid
/// certificate that expires last (the current key) and leaves a not-yet-valid one (the next key) for later.
/// </summary>
internal sealed class KeyRingServerOptions(KeyRing ring) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        foreach (var certificate in ring.SigningCertificates)
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
        foreach (var certificate in ring.EncryptionCertificates)
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}

/// <summary>Rebuilds the server's and the local validation's options when the key ring changed.</summary>
internal sealed class KeyRingChangeTokenSource<TOptions>(KeyRing ring) : IOptionsChangeTokenSource<TOptions>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => ring.ChangeToken;
}

internal static class KeyRingRegistration
{
    public static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        services.AddOptions<KeyRingOptions>().BindConfiguration("Identity:Keys");
        services.AddSingleton<KeyRing>();
        services.AddHostedService<KeyRotation>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, KeyRingServerOptions>();
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>, KeyRingChangeTokenSource<OpenIddictServerOptions>>();
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictValidationOptions>, KeyRingChangeTokenSource<OpenIddictValidationOptions>>();
        return services;
    }
}
