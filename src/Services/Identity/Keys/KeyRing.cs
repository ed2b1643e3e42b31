using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LabourWelfare.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace LabourWelfare.Identity.Keys;

/// <summary>Key schedule (section "Identity:Keys").</summary>
public sealed class KeyRingOptions
{
    /// <summary>How long a signing key signs before the next one takes over.</summary>
    public TimeSpan RotationPeriod { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a new key is published before it signs: longer than any validator caches the JWKS (ASP.NET Core's
    /// JWT bearer refreshes it daily), so no service meets a token signed with a key it has not seen.
    /// </summary>
    public TimeSpan PublishAhead { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a retired key stays published: longer than the longest token it signed lives.</summary>
    public TimeSpan KeepAfterRetirement { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often a running provider looks at the schedule (a key may have to take over or be created).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The provider's stored keys: always a current signing key and a next one, both published, so keys roll over
/// without downtime (the next key is in every validator's JWKS before it signs), across replicas (the schedule
/// lives in the database, changed under an advisory lock) and restarts. Keys are X.509 certificates whose NotBefore
/// is the moment they start signing, which is how OpenIddict picks the current one.
/// </summary>
public sealed class KeyRing(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock, IOptions<KeyRingOptions> options)
{
    private const long AdvisoryLock = 0x4C57_4B45_5952_494E; // "LWKEYRIN"
    private readonly IDataProtector _protector = dataProtection.CreateProtector("LabourWelfare.Identity.Keys");
    private CancellationTokenSource _changed = new();
    private Loaded? _current;

    public IReadOnlyList<X509Certificate2> SigningCertificates => Current.Signing;
    public IReadOnlyList<X509Certificate2> EncryptionCertificates => Current.Encryption;

    /// <summary>Fires when <see cref="RefreshAsync"/> loaded a different set of keys (OpenIddict rebuilds its options).</summary>
    public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

    private Loaded Current => _current ?? throw new InvalidOperationException("The key ring is not loaded yet (KeyRing.RefreshAsync at start-up).");

    /// <summary>Creates the keys the schedule needs, drops expired ones and loads what is published.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var now = clock.GetUtcNow();
        var settings = options.Value;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLock})", cancellationToken);
            var keys = await db.SigningKeys.ToListAsync(cancellationToken);
            db.SigningKeys.RemoveRange(keys.Where(k => k.ExpiresAt <= now));
            keys.RemoveAll(k => k.ExpiresAt <= now);
            EnsureSchedule(db, keys, SigningKey.Signing, now, settings);
            EnsureSchedule(db, keys, SigningKey.Encryption, now, settings);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var published = await db.SigningKeys.AsNoTracking().Where(k => k.ExpiresAt > now).OrderBy(k => k.ActivatesAt).ToListAsync(cancellationToken);
        // The set of keys and which one signs now: either changing makes OpenIddict rebuild (and re-sort) its keys.
        var signingNow = published.Where(k => k.ActivatesAt <= now).GroupBy(k => k.Use).Select(g => g.MaxBy(k => k.ActivatesAt)!.Id);
        var loaded = new Loaded(
            string.Join(",", published.Select(k => k.Id)) + "|" + string.Join(",", signingNow),
            published.Where(k => k.Use == SigningKey.Signing).Select(Open).ToList(),
            published.Where(k => k.Use == SigningKey.Encryption).Select(Open).ToList());
        var previous = _current;
        _current = loaded;
        if (previous is not null && previous.Fingerprint != loaded.Fingerprint)
        {
            var changed = _changed;
            _changed = new CancellationTokenSource();
            await changed.CancelAsync();
        }
    }

    /// <summary>
    /// A current key (the latest activated one: it signs until the next activates) and a next one (published now,
    /// activating when the current retires, never sooner than PublishAhead from now). A key signs at once only when
    /// none can: on the very first start, when nobody holds tokens yet.
    /// </summary>
    private void EnsureSchedule(AccountsDbContext db, List<SigningKey> keys, string use, DateTimeOffset now, KeyRingOptions settings)
    {
        var ofUse = keys.Where(k => k.Use == use).ToList();
        var current = ofUse.Where(k => k.ActivatesAt <= now).MaxBy(k => k.ActivatesAt) ?? Create(db, keys, use, now, now, settings);
        if (!ofUse.Any(k => k.ActivatesAt > now))
        {
            var activates = current.RetiresAt > now + settings.PublishAhead ? current.RetiresAt : now + settings.PublishAhead;
            Create(db, keys, use, activates, now, settings);
        }
    }

    private SigningKey Create(AccountsDbContext db, List<SigningKey> keys, string use, DateTimeOffset activates, DateTimeOffset now, KeyRingOptions settings)
    {
        var retires = activates + settings.RotationPeriod;
        var expires = retires + settings.KeepAfterRetirement;
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=LabourWelfare Identity {use} {activates:yyyy-MM-dd}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            use == SigningKey.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(activates, expires);
        var key = new SigningKey
        {
            Id = Guid.NewGuid(),
            Use = use,
            CreatedAt = now,
            ActivatesAt = activates,
            RetiresAt = retires,
            ExpiresAt = expires,
            ProtectedCertificate = _protector.Protect(Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12))),
        };
        db.SigningKeys.Add(key);
        keys.Add(key);
        return key;
    }

    private X509Certificate2 Open(SigningKey key) =>
        X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(_protector.Unprotect(key.ProtectedCertificate)), password: null,
            X509KeyStorageFlags.EphemeralKeySet);

    private sealed record Loaded(string Fingerprint, IReadOnlyList<X509Certificate2> Signing, IReadOnlyList<X509Certificate2> Encryption);
}

/// <summary>Looks at the key schedule every CheckInterval, so a running provider switches keys on time.</summary>
internal sealed class KeyRotation(KeyRing ring, IOptions<KeyRingOptions> options, ILogger<KeyRotation> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ring.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Key schedule check failed; keeping the keys already loaded");
            }
        }
    }
}
