using System.Diagnostics;

namespace LabourWelfare.DemoData;

/// <summary>What every loader needs: the API, the officers, the tally and the run's settings.</summary>
public sealed class Run(Api api, Officers officers, Tally tally, double scale, int parallel, DateOnly anchor)
{
    public Api Api => api;
    public Officers Officers => officers;
    public Tally Tally => tally;
    public double Scale => scale;

    /// <summary>
    /// The day the data set is built around (fixed, not today: the same records on every run, whatever the date).
    /// History reaches two years back from it.
    /// </summary>
    public DateOnly Anchor => anchor;

    /// <summary>Runs <paramref name="work"/> for every item with bounded parallelism, printing progress.</summary>
    public async Task ForEach<T>(string what, IReadOnlyList<T> items, Func<T, Task> work)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var step = Math.Max(1, items.Count / 10);
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) =>
        {
            await work(item);
            var n = Interlocked.Increment(ref done);
            if (n % step == 0 && n < items.Count)
                Console.WriteLine($"    {what}: {n:N0}/{items.Count:N0} ({clock.Elapsed.TotalSeconds:F0}s, {api.Requests:N0} requests so far)");
        });
        Console.WriteLine($"  {what}: {items.Count:N0} done in {clock.Elapsed.TotalSeconds:F1}s");
    }
}
