namespace LabourWelfare.SharedKernel;

/// <summary>
/// A sign-in name as the platform stores and compares it: trimmed, Latin digits, lower case. The identity provider
/// keeps accounts under it (and puts it in tokens as preferred_username); Mediation's roster links mediators by it.
/// </summary>
public static class SignInName
{
    public static string Normalize(string name) => DigitNormalizer.NormalizeDigits(name.Trim()).ToLowerInvariant();
}
