using System.Net;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Api;

/// <summary>Own database: the region's counter starts at zero, so the numbers must be exactly 1..N.</summary>
public sealed class CaseNumberConcurrencyTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    [Fact]
    public async Task Sixty_concurrent_intakes_get_numbers_1_to_60_without_gaps_or_repeats()
    {
        const int count = 60;
        var api = new MediationApi(service);
        var clients = Enumerable.Range(0, 6).Select(_ => api.Supervisor("ilam")).ToList();

        // One intake in the batch is bad input: it must not use up a number.
        var bad = clients[0].PostJsonAsync(Cases, new { region = "ilam", category = "labour-wages", channel = "phone" });
        var responses = await Task.WhenAll(Enumerable.Range(0, count)
            .Select(i => clients[i % clients.Count].PostJsonAsync(Cases, NewCase(NationalIds.NewIranian(), "ilam")))
            .Append(bad));

        var created = new List<CaseResponse>();
        foreach (var response in responses.Take(count)) created.Add(await response.ShouldBeAsync<CaseResponse>(HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.BadRequest, responses[^1].StatusCode);

        var sequences = created.Select(c => int.Parse(c.Number.Split('-')[2])).Order().ToList();
        Assert.Equal(Enumerable.Range(1, count), sequences);
        Assert.All(created, c => Assert.StartsWith("ILAM-", c.Number));
        Assert.Single(created.Select(c => c.Number.Split('-')[1]).Distinct());
    }
}
