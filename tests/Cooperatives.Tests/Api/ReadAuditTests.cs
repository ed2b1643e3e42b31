using System.Net;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Members;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>Reading a member (one, or a page of them) leaves a "read" audit row per member with the reader's subject, and changes nothing.</summary>
public sealed class ReadAuditTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task Reading_members_is_audited_with_the_reader()
    {
        var cooperative = await service.RegisterAsync();
        var nationalId = NationalIds.NewIranian();
        var member = await service.AddMemberAsync(cooperative.Id, nationalId: nationalId);
        var url = Url(cooperative.Id, $"members/{member.Id}");
        var etag = await service.Registrar().ETagAsync(url);
        var supervisor = "supervisor-" + TestEnvironment.UniqueSuffix();
        var citizen = "citizen-" + TestEnvironment.UniqueSuffix();

        await service.ClientFor(Roles.Citizen, "fars", citizen, nationalId).GetAsync(url).ShouldBeAsync<MemberResponse>(HttpStatusCode.OK);
        var page = await service.ClientFor(Roles.Supervisor, "fars", supervisor).GetAsync($"{Url(cooperative.Id, "members")}?pageSize=100")
            .ShouldBeAsync<PagedList<MemberResponse>>(HttpStatusCode.OK);

        Assert.Single(await ReadsAsync(member.Id, citizen));
        foreach (var item in page.Items) Assert.Single(await ReadsAsync(item.Id, supervisor));
        Assert.Equal(etag, await service.Registrar().ETagAsync(url));
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientFor(Roles.Supervisor, "almaty", "outsider").GetAsync(url)).StatusCode);
        Assert.Empty(await ReadsAsync(member.Id, "outsider"));
    }

    private async Task<List<AuditEntry>> ReadsAsync(Guid id, string subject)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CooperativesDbContext>();
        var rows = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == "Member" && a.EntityId == id.ToString() && a.Action == PersonalDataReads.Action && a.ChangedBy == subject)
            .ToListAsync();
        Assert.All(rows, r => Assert.Null(r.NewValues ?? r.OldValues));
        return rows;
    }
}
