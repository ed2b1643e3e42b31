namespace LabourWelfare.EndToEnd.Tests;

/// <summary>Marks the personal data and case details a flow uses, so a test can look for them in the logs.</summary>
internal static class PersonalData
{
    /// <summary>A random tag of letters that makes names and texts of one flow unique across runs.</summary>
    public static string Tag() => string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))));
}
