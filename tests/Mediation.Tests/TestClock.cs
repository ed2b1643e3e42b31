namespace LabourWelfare.Mediation.Tests;

/// <summary>
/// A clock the test moves by hand. (Microsoft.Extensions.TimeProvider.Testing 10.0.0, the centrally pinned version,
/// is missing from the package source, so this small stand-in is used instead.)
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
