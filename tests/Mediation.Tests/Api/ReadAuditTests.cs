using System.Net;
using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Mediation.Tests.Api;

/// <summary>Reading a case (its parties and details) leaves a "read" audit row with the reader's subject, and changes nothing.</summary>
public sealed class ReadAuditTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    [Fact]
    public async Task Reading_a_case_is_audited_with_the_reader()
    {
        var api = new MediationApi(service);
        var applicant = MediationApi.NationalIdFor("fars");
        var opened = await api.OpenCaseAsync(applicantNationalId: applicant);
        var supervisor = "supervisor-" + TestEnvironment.UniqueSuffix();
        var party = "citizen-" + TestEnvironment.UniqueSuffix();
        var url = $"{MediationApi.Cases}/{opened.Id}";

        var read = await service.ClientFor(Roles.Supervisor, "fars", supervisor).GetAsync(url).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        var page = await service.ClientFor(Roles.Citizen, "fars", party, applicant).GetAsync(MediationApi.Cases)
            .ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK);

        Assert.Single(await ReadsAsync(opened.Id, supervisor));
        Assert.Contains(page.Items, c => c.Id == opened.Id);
        foreach (var item in page.Items) Assert.Single(await ReadsAsync(item.Id, party));
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientFor(Roles.Supervisor, "almaty", "outsider").GetAsync(url)).StatusCode);
        Assert.Empty(await ReadsAsync(opened.Id, "outsider"));
        Assert.Equal(read.ETag, (await api.GetCaseAsync(opened.Id)).ETag); // reading changed nothing
    }

    private async Task<List<AuditEntry>> ReadsAsync(Guid id, string subject)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        var rows = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == "MediationCase" && a.EntityId == id.ToString() && a.Action == PersonalDataReads.Action && a.ChangedBy == subject)
            .ToListAsync();
        Assert.All(rows, r => Assert.Null(r.NewValues ?? r.OldValues));
        return rows;
    }
}
