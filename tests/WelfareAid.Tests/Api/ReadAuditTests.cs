using System.Net;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Beneficiaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>Every read of a beneficiary's personal data leaves a "read" audit row with the reader's subject, and changes nothing.</summary>
public sealed class ReadAuditTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public async Task Reading_a_beneficiary_by_id_by_national_id_and_in_a_list_is_audited()
    {
        var api = new AidApi(service);
        var beneficiary = await api.BeneficiaryAsync();
        var url = $"/api/aid/beneficiaries/{beneficiary.Id}";
        var etag = await AidApi.ETagAsync(api.Maker, url);
        var reader = "supervisor-" + TestEnvironment.UniqueSuffix();
        var client = service.ClientFor(Roles.Supervisor, "fars", reader);

        await client.GetAsync(url).ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK);
        await client.PostJsonAsync("/api/aid/beneficiaries/search", new { beneficiary.NationalId }).ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK);
        Assert.Equal(2, (await ReadsAsync("Beneficiary", beneficiary.Id, reader)).Count);

        var page = await client.GetAsync("/api/aid/beneficiaries?pageSize=5").ShouldBeAsync<PagedList<BeneficiaryResponse>>(HttpStatusCode.OK);
        Assert.NotEmpty(page.Items);
        foreach (var item in page.Items) Assert.NotEmpty(await ReadsAsync("Beneficiary", item.Id, reader));

        Assert.Equal(etag, await AidApi.ETagAsync(api.Maker, url)); // reading changed nothing
        Assert.Empty(await ReadsAsync("Beneficiary", beneficiary.Id, "outsider"));
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientFor(Roles.Supervisor, "almaty", "outsider").GetAsync(url)).StatusCode);
        Assert.Empty(await ReadsAsync("Beneficiary", beneficiary.Id, "outsider"));
    }

    [Fact]
    public async Task Reading_an_application_audits_the_application_and_its_beneficiary()
    {
        var api = new AidApi(service);
        var (_, beneficiary, application) = await api.SubmittedAsync();
        var reader = "citizen-" + TestEnvironment.UniqueSuffix();
        var citizen = service.ClientFor(Roles.Citizen, "fars", reader, beneficiary.NationalId);

        await citizen.GetAsync($"/api/aid/applications/{application.Id}").ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        await citizen.GetAsync("/api/aid/applications").ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK);

        Assert.Equal(2, (await ReadsAsync("AidApplication", application.Id, reader)).Count);
        Assert.Equal(2, (await ReadsAsync("Beneficiary", beneficiary.Id, reader)).Count);
    }

    private async Task<List<AuditEntry>> ReadsAsync(string entityType, Guid id, string subject)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WelfareAidDbContext>();
        var rows = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == id.ToString() && a.Action == PersonalDataReads.Action && a.ChangedBy == subject)
            .ToListAsync();
        Assert.All(rows, r => Assert.Null(r.NewValues ?? r.OldValues));
        return rows;
    }
}
