using System.Text;

namespace LabourWelfare.DemoData;

/// <summary>
/// Deterministic randomness: every record draws from a Random seeded by its natural key, so the data set is the same
/// on every run and on every machine, whatever order the parallel loader reaches the records in.
/// </summary>
public static class Seeds
{
    public static Random For(string key)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key)) hash = (hash ^ b) * 16777619u;
        return new Random((int)hash);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Picks by weight: <c>random.Weighted(("a", 3), ("b", 1))</c> gives "a" three times as often.</summary>
    public static T Weighted<T>(this Random random, params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
