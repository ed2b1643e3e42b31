using System.Diagnostics;
using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Measures the reliable-messaging building block end to end: events committed with their business change in
// PostgreSQL, relayed by the outbox to RabbitMQ with publisher confirms, applied by an inbox consumer in its own
// transaction. Two runs on a database and vhost of their own:
//   1. sustained throughput: --events events written by --writers concurrent writers (--events-per-commit events in
//      each transaction, as a command touching several records would), timed until all are applied;
//   2. latency: --rate events/s for --seconds, commit-to-applied latency percentiles.
// Each run first pushes --warmup events through the same host and waits for them, as a service that has been up for a
// while would have: a cold .NET process spends a quarter of its CPU in its first half-minute on tiered JIT compilation.
var options = BenchOptions.Parse(args);
Console.WriteLine($"# Messaging benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion})");

if (options.PacedRate > 0)
{
    await RunPacedAsync(options); // --paced-rate: only this measurement
    return;
}
await RunThroughputAsync(options);
await RunLatencyAsync(options);

// 3. (--paced-rate N) sustained at a fixed rate: --writers writers together commit N events/s (--events-per-commit
// per transaction) for --paced-seconds, paced against the start, as offices produce events. It tells whether the
// pipeline keeps up with N/s without a backlog, which the unthrottled run (writers far ahead of the consumer, tens of
// thousands of messages queued in RabbitMQ) cannot: a deep queue costs the broker CPU of its own.
static async Task RunPacedAsync(BenchOptions options)
{
    await using var run = await WarmRun.StartAsync(options);
    var host = run.Host;
    var perCommit = options.EventsPerCommit;
    var commitsPerWriter = options.PacedRate * options.PacedSeconds / perCommit / options.Writers;
    var total = commitsPerWriter * perCommit * options.Writers;
    var interval = TimeSpan.FromSeconds((double)options.Writers * perCommit / options.PacedRate); // per writer
    using var progress = PipelineProgress.Start(host);
    long committed = 0, deepest = 0;
    var machineCpu = MachineCpu.Busy();
    var clock = Stopwatch.StartNew();
    using var stopSampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stopSampling.IsCancellationRequested)
        {
            deepest = Math.Max(deepest, Interlocked.Read(ref committed) - progress.Applied); // committed, not yet applied
            try { await Task.Delay(50, stopSampling.Token); } catch (OperationCanceledException) { }
        }
    });
    await Task.WhenAll(Enumerable.Range(0, options.Writers).Select(writer => Task.Run(async () =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        var offset = interval * writer / options.Writers; // writers take turns instead of committing at once
        for (var c = 0; c < commitsPerWriter; c++)
        {
            await Bench.UntilDueAsync(clock, offset + interval * c);
            await MessagingTestHost.WriteCommandAsync(context, "ok", (writer * commitsPerWriter + c) * perCommit, perCommit);
            Interlocked.Add(ref committed, perCommit);
        }
    })));
    var written = clock.Elapsed;
    await Bench.WaitUntilAsync(() => Task.FromResult(progress.Applied >= total), TimeSpan.FromMinutes(10));
    var applied = clock.Elapsed;
    await stopSampling.CancelAsync();
    await sampler;
    var machinePerEvent = (MachineCpu.Busy() - machineCpu).TotalMilliseconds / total;

    var latency = await Bench.LatenciesAsync(host, total);
    Console.WriteLine();
    Console.WriteLine($"## Sustained at {options.PacedRate} events/s for {options.PacedSeconds} s ({options.Writers} writers, {perCommit} events per commit)");
    Console.WriteLine("| events | offered rate | applied rate | last applied after the last write | deepest backlog | commit-to-applied p50 / p99 / max | CPU ms per event (whole machine) | messages per inbox transaction |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    Console.WriteLine($"| {total} | {total / written.TotalSeconds:0} /s | {total / applied.TotalSeconds:0} /s | {(applied - written).TotalMilliseconds:0} ms | {deepest} events | {latency.At(0.50):0.0} / {latency.At(0.99):0.0} / {latency.Max:0.0} ms | {machinePerEvent:0.000} | {progress.MeanBatchSize:0.0} |");
}

static async Task RunThroughputAsync(BenchOptions options)
{
    await using var run = await WarmRun.StartAsync(options);
    var (host, warmup) = (run.Host, run.Warmup);

    using var progress = PipelineProgress.Start(host);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var machineCpu = MachineCpu.Busy();
    var clock = Stopwatch.StartNew();
    var total = await Bench.WriteConcurrentlyAsync(host, options, options.Events, firstSequence: 0);
    var written = clock.Elapsed;
    TimeSpan? relayed = null; // when the relay had published all: tells whether the relay or the consumer sets the pace
    // In-process counters, not a count(*) of the tables every 50 ms: the harness must not load PostgreSQL itself.
    await Bench.WaitUntilAsync(() =>
    {
        if (relayed is null && progress.Published >= total) relayed = clock.Elapsed;
        return Task.FromResult(progress.Applied >= total);
    }, TimeSpan.FromMinutes(10));
    var applied = clock.Elapsed;
    // CPU time is what a shared machine disturbs least: the cost of an event in this process (writer, relay, consumer).
    var cpuPerEvent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / total;
    // The whole machine's (this process, PostgreSQL, RabbitMQ, and whatever else runs): what bounds events/s here.
    var machinePerEvent = (MachineCpu.Busy() - machineCpu).TotalMilliseconds / total;
    var effects = await host.EffectCountAsync();
    if (effects != warmup + total) throw new InvalidOperationException($"{effects - warmup} effects for {total} events: the pipeline lost or duplicated some.");

    Console.WriteLine();
    Console.WriteLine("## Sustained throughput (outbox → RabbitMQ → inbox)");
    Console.WriteLine("| events | writers | events per commit | written in | all published in | all applied in | events/s applied | CPU ms per event (this process) | CPU ms per event (whole machine) | messages per inbox transaction |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
    Console.WriteLine($"| {total} | {options.Writers} | {options.EventsPerCommit} | {written.TotalSeconds:0.00} s | {relayed?.TotalSeconds:0.00} s | {applied.TotalSeconds:0.00} s | {total / applied.TotalSeconds:0} | {cpuPerEvent:0.000} | {machinePerEvent:0.000} | {(progress.MeanBatchSize > 0 ? progress.MeanBatchSize.ToString("0.0") : "1 (no batching)")} |");
}

static async Task RunLatencyAsync(BenchOptions options)
{
    await using var run = await WarmRun.StartAsync(options);
    var host = run.Host;

    await using var scope = host.Services.CreateAsyncScope();
    var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
    var total = options.Rate * options.Seconds;
    var interval = TimeSpan.FromSeconds(1.0 / options.Rate);
    using var progress = PipelineProgress.Start(host);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < total; i++)
    {
        await Bench.UntilDueAsync(clock, interval * i);
        await MessagingTestHost.WriteCommandAsync(context, "ok", i);
    }
    var offered = total / clock.Elapsed.TotalSeconds;
    await Bench.WaitUntilAsync(() => Task.FromResult(progress.Applied >= total), TimeSpan.FromMinutes(5));

    var latency = await Bench.LatenciesAsync(host, total);
    Console.WriteLine();
    Console.WriteLine($"## Commit-to-applied latency at {options.Rate} events/s for {options.Seconds} s");
    Console.WriteLine("| events | offered rate | p50 | p95 | p99 | max |");
    Console.WriteLine("|---|---|---|---|---|---|");
    Console.WriteLine($"| {total} | {offered:0} /s | {latency.At(0.50):0.0} ms | {latency.At(0.95):0.0} ms | {latency.At(0.99):0.0} ms | {latency.Max:0.0} ms |");
}

/// <summary>
/// Counts, in the process, the events the relay has published (the broker confirmed them: outbox.published), the
/// ones the consumer has applied (its consume call returned, which is after the inbox transaction committed) and the
/// inbox's batch sizes (messaging.inbox.batch.size). Instruments are found by name, so this harness also builds
/// against a baseline that has no batching (eng/bench.sh --baseline).
/// </summary>
internal sealed class PipelineProgress : IConsumeObserver, IDisposable
{
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
    private ConnectHandle? _observer;
    private long _published, _applied, _batches, _batchedMessages;

    public long Published => Interlocked.Read(ref _published);
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>Mean messages per inbox transaction; 0 when the inbox reported no batches.</summary>
    public double MeanBatchSize => _batches == 0 ? 0 : (double)Interlocked.Read(ref _batchedMessages) / Interlocked.Read(ref _batches);

    public static PipelineProgress Start(MessagingTestHost host)
    {
        var progress = new PipelineProgress();
        progress._listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name is "outbox.published" or "messaging.inbox.batch.size") listener.EnableMeasurementEvents(instrument);
        };
        progress._listener.SetMeasurementEventCallback<long>((_, count, _, _) => Interlocked.Add(ref progress._published, count));
        progress._listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            Interlocked.Increment(ref progress._batches);
            Interlocked.Add(ref progress._batchedMessages, size);
        });
        progress._listener.Start();
        progress._observer = host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(progress);
        return progress;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is ProbeEvent) Interlocked.Increment(ref _applied);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public void Dispose()
    {
        _observer?.Disconnect();
        _listener.Dispose();
    }
}

/// <summary>CPU time the whole machine has spent busy (all cores), from /proc/stat; zero where there is none.</summary>
internal static class MachineCpu
{
    public static TimeSpan Busy()
    {
        if (!File.Exists("/proc/stat")) return TimeSpan.Zero;
        // cpu  user nice system idle iowait irq softirq steal …, in clock ticks (USER_HZ, 100 on Linux).
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = new[] { 1, 2, 3, 6, 7 }.Sum(i => long.Parse(fields[i]));
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}

/// <summary>Steps both measurements share.</summary>
internal static class Bench
{
    /// <summary>--writers concurrent writers commit about <paramref name="events"/> events; returns how many exactly.</summary>
    public static async Task<int> WriteConcurrentlyAsync(MessagingTestHost host, BenchOptions options, int events, int firstSequence)
    {
        var perWriter = events / options.Writers / options.EventsPerCommit * options.EventsPerCommit;
        await Task.WhenAll(Enumerable.Range(0, options.Writers).Select(writer => Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            for (var i = 0; i < perWriter; i += options.EventsPerCommit)
                await MessagingTestHost.WriteCommandAsync(context, "ok", firstSequence + writer * perWriter + i, options.EventsPerCommit);
        })));
        return perWriter * options.Writers;
    }

    /// <summary>
    /// The commit-to-applied latencies of the measured events (sequence ≥ 0), read once from the effects table; fails
    /// when the pipeline lost or duplicated any.
    /// </summary>
    public static async Task<Latencies> LatenciesAsync(MessagingTestHost host, int expected)
    {
        var values = await host.WithDbAsync(d => d.Effects.Where(e => e.Sequence >= 0).Select(e => e.LatencyMs).ToListAsync());
        if (values.Count != expected) throw new InvalidOperationException($"{values.Count} effects for {expected} events: the pipeline lost or duplicated some.");
        values.Sort();
        return new Latencies(values);
    }

    /// <summary>Waits until <paramref name="due"/> on the run's clock: paced against the start, so a slow commit does not lower the rate.</summary>
    public static async Task UntilDueAsync(Stopwatch clock, TimeSpan due)
    {
        var wait = due - clock.Elapsed;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
    }

    /// <summary>Polls the condition every 10 ms (the measurement's resolution) until it holds or the deadline passes.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The benchmark did not complete in time.");
            await Task.Delay(10);
        }
    }
}

/// <summary>
/// A database and vhost of the run's own, the service host on them, healthy, and --warmup events already applied
/// (negative sequences, so the measured events can be told apart).
/// </summary>
internal sealed class WarmRun : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly TestVirtualHost _virtualHost;

    private WarmRun(TestDatabase database, TestVirtualHost virtualHost, MessagingTestHost host, int warmup) =>
        (_database, _virtualHost, Host, Warmup) = (database, virtualHost, host, warmup);

    public MessagingTestHost Host { get; }

    /// <summary>How many warm-up events were applied before the measurement.</summary>
    public int Warmup { get; }

    public static async Task<WarmRun> StartAsync(BenchOptions options)
    {
        var database = TestDatabase.Create("bench");
        await MessagingTestHost.CreateDatabaseAsync(database);
        var virtualHost = await TestVirtualHost.CreateAsync("bench");
        var host = await MessagingTestHost.StartAsync(database.ConnectionString, virtualHost.AmqpUri, "bench");
        await Bench.WaitUntilAsync(async () => await host.HealthStatusAsync() == 200, TimeSpan.FromSeconds(60));
        using (var progress = PipelineProgress.Start(host))
        {
            var warmup = await Bench.WriteConcurrentlyAsync(host, options, options.Warmup, firstSequence: -options.Warmup * 2);
            await Bench.WaitUntilAsync(() => Task.FromResult(progress.Applied >= warmup), TimeSpan.FromMinutes(10));
            return new WarmRun(database, virtualHost, host, warmup);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>Sorted latencies in ms, with nearest-rank percentiles.</summary>
internal sealed record Latencies(List<double> Sorted)
{
    public double At(double percentile) => Sorted[Math.Min(Sorted.Count - 1, (int)Math.Ceiling(percentile * Sorted.Count) - 1)];

    public double Max => Sorted[^1];
}

internal sealed record BenchOptions(int Events, int Writers, int Rate, int Seconds, int EventsPerCommit, int Warmup, int PacedRate, int PacedSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1]) : fallback;
        }
        return new BenchOptions(Get("--events", 20000), Get("--writers", 8), Get("--rate", 200), Get("--seconds", 30),
            Math.Max(1, Get("--events-per-commit", 1)), Get("--warmup", 40000), Get("--paced-rate", 0), Get("--paced-seconds", 30));
    }
}
