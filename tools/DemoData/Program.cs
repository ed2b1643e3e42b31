using System.Diagnostics;
using System.Globalization;
using LabourWelfare.DemoData;

// Loads the demo data set through the gateway of a running platform (dotnet run --project src/AppHost). Usage:
//   dotnet run -c Release --project tools/DemoData -- [--gateway URL] [--scale small|full] [--parallel N] [--only area,...]
var gateway = "http://127.0.0.1:5100";
var scaleName = "full";
var parallel = 8;
var anchor = new DateOnly(2026, 11, 1);
string[] only = ["aid", "cooperatives", "mediation", "inspections"];
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--gateway": gateway = Next().TrimEnd('/'); break;
        case "--scale": scaleName = Next(); break;
        case "--parallel": parallel = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--anchor": anchor = DateOnly.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--only": only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
        case "-h" or "--help":
            Console.WriteLine("demo-data [--gateway http://127.0.0.1:5100] [--scale small|full] [--parallel 8] [--anchor 2026-11-01] [--only aid,cooperatives,mediation,inspections]");
            return 0;
        default: Console.Error.WriteLine($"unknown argument {args[i]} (see --help)"); return 2;
    }
}
var scale = scaleName switch { "full" => 1.0, "small" => 0.05, _ => -1 };
if (scale < 0) { Console.Error.WriteLine("--scale must be small or full"); return 2; }

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = parallel * 2 })
{
    BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromSeconds(100),
};
try
{
    using var health = await http.GetAsync("/health");
    if (!health.IsSuccessStatusCode) throw new HttpRequestException($"/health answered {(int)health.StatusCode}");
}
catch (HttpRequestException e)
{
    Console.Error.WriteLine($"The gateway at {gateway} is not up ({e.Message}). Start the platform first: dotnet run --project src/AppHost");
    return 1;
}

// Several officers per role and region: the gateway limits each caller subject (600 requests a minute by default).
var officers = new Officers(http, slots: 6);
var api = new Api(http, officers);
var tally = new Tally();
var run = new Run(api, officers, tally, scale, parallel, anchor);
var clock = Stopwatch.StartNew();
Console.WriteLine($"Loading the {scaleName} demo data set through {gateway} (anchor {anchor:yyyy-MM-dd}, {parallel} requests at a time)");
try
{
    // Aid first: its active programmes turn the accident files' AccidentReported events into applications, and
    // closed dismissal cases into dismissed-worker referrals.
    if (only.Contains("aid")) { Console.WriteLine("Welfare aid"); await new AidLoader(run).LoadAsync(); }
    if (only.Contains("cooperatives")) { Console.WriteLine("Cooperatives"); await new CooperativesLoader(run).LoadAsync(); }
    if (only.Contains("inspections")) { Console.WriteLine("Inspections"); await new InspectionsLoader(run).LoadAsync(); }
    if (only.Contains("mediation")) { Console.WriteLine("Mediation"); await new MediationLoader(run).LoadAsync(); }
}
catch (DemoException e)
{
    Console.Error.WriteLine($"Stopped: {e.Message}");
    tally.Print(Console.Out);
    return 1;
}
Console.WriteLine();
Console.WriteLine($"Done in {clock.Elapsed:mm\\:ss} with {api.Requests:N0} requests ({api.Throttled:N0} answered 429 and were retried).");
tally.Print(Console.Out);
return tally.Total(2) == 0 ? 0 : 3;
