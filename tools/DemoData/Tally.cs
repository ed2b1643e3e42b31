using System.Collections.Concurrent;

namespace LabourWelfare.DemoData;

/// <summary>What the run did, per kind of record: created now, already there, or refused (with a few examples).</summary>
public sealed class Tally
{
    private readonly ConcurrentDictionary<string, long[]> _counts = new();
    private readonly ConcurrentDictionary<string, int> _examples = new();
    private readonly List<string> _order = [];

    public void Created(string kind) => Add(kind, 0);
    public void Present(string kind) => Add(kind, 1);

    /// <summary>A successful creation; a replayed answer (same Idempotency-Key as an earlier run) counts as present.</summary>
    public void Created(string kind, Reply reply) => Add(kind, reply.Replayed ? 1 : 0);

    /// <summary>A refusal the loader did not expect; the first three per kind and answer are printed.</summary>
    public void Failed(string kind, string what, Reply reply)
    {
        Add(kind, 2);
        var key = $"{kind} {reply.Status} {reply.Code}";
        if (_examples.AddOrUpdate(key, 1, (_, n) => n + 1) <= 3)
            Console.Error.WriteLine($"  ! {kind}: {what} -> {reply.Describe()}");
    }

    public long CreatedCount(string kind) => _counts.TryGetValue(kind, out var c) ? Interlocked.Read(ref c[0]) : 0;
    public long Total(int column) => _counts.Values.Sum(c => Interlocked.Read(ref c[column]));

    private void Add(string kind, int column)
    {
        var counts = _counts.GetOrAdd(kind, k => { lock (_order) _order.Add(k); return new long[3]; });
        Interlocked.Increment(ref counts[column]);
    }

    public void Print(TextWriter to)
    {
        to.WriteLine($"  {"record",-42} {"created",9} {"present",9} {"refused",9}");
        lock (_order)
            foreach (var kind in _order)
            {
                var c = _counts[kind];
                to.WriteLine($"  {kind,-42} {c[0],9:N0} {c[1],9:N0} {c[2],9:N0}");
            }
        to.WriteLine($"  {"total",-42} {Total(0),9:N0} {Total(1),9:N0} {Total(2),9:N0}");
    }
}
