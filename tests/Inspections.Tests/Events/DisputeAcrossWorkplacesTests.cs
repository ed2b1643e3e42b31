using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Events;

/// <summary>An employer with several workplaces: an unresolved dispute flags every one of them, in one transaction.</summary>
public sealed class DisputeAcrossWorkplacesTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    [Fact]
    public async Task A_dispute_closed_without_settlement_flags_every_workplace_of_the_employer()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = service.ClientFor(Roles.Inspector, "fars");
        var employer = "Fars Textile Group " + TestEnvironment.UniqueSuffix();
        var mill = await WorkplaceAsync(client, employer: employer);
        var dyeWorks = await WorkplaceAsync(client, employer: employer);

        var closed = new MediationCaseClosed(Guid.NewGuid(), "FARS-1404-0007",
            "labour-wages", MediationCaseClosed.NotSettled, WorkplaceId: null, employer, DismissedWorker: null)
        { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Region = "fars" };
        await probe.PublishAsync(closed, closed.EventId);

        foreach (var workplace in new[] { mill, dyeWorks })
        {
            var flagged = await Eventually.Get(async () =>
            {
                var w = await client.GetAsync($"{WorkplacesUrl}/{workplace.Id}").ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.OK);
                return w.UnresolvedLabourDisputes > 0 ? w : null;
            }, $"workplace {workplace.Name} is flagged");
            Assert.Equal(1, flagged.UnresolvedLabourDisputes);
        }
        Assert.Equal(2L, await service.Database.ScalarAsync<long>("SELECT count(*) FROM labour_disputes WHERE \"CaseId\" = $1", closed.CaseId));
    }
}
