using System.Net;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Accidents;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

/// <summary>Reading an accident file (it names the injured) leaves a "read" audit row with the reader's subject and changes nothing.</summary>
public sealed class ReadAuditTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    [Fact]
    public async Task Reading_an_accident_file_is_audited_with_the_reader_and_changes_nothing()
    {
        var inspector = service.ClientFor(Roles.Inspector, "fars");
        var workplace = await WorkplaceAsync(inspector);
        var injured = IranianNationalId();
        var accident = await inspector.PostJsonAsync(AccidentsUrl, new
        {
            workplaceId = workplace.Id, occurredAt = DateTimeOffset.UtcNow.AddHours(-1), severity = "minor", description = "Cut",
            injured = new[] { new { nationalId = injured, fullName = "Worker", injurySeverity = "minor" } },
        }).ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);
        var url = $"{AccidentsUrl}/{accident.Id}";
        var etag = await CurrentETagAsync(inspector, url);

        var supervisorSubject = "supervisor-" + TestEnvironment.UniqueSuffix();
        var citizenSubject = "citizen-" + TestEnvironment.UniqueSuffix();
        await service.ClientFor(Roles.Supervisor, "fars", supervisorSubject).GetAsync(url).ShouldBeAsync<AccidentResponse>(HttpStatusCode.OK);
        await service.ClientFor(Roles.Citizen, "fars", citizenSubject, injured).GetAsync(url).ShouldBeAsync<AccidentResponse>(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientFor(Roles.Supervisor, "almaty", "outsider").GetAsync(url)).StatusCode);

        var rows = await AuditAsync(accident.Id);
        var reads = rows.Where(r => r.Action == PersonalDataReads.Action).Select(r => r.ChangedBy).ToList();
        Assert.Contains(supervisorSubject, reads);
        Assert.Contains(citizenSubject, reads);
        Assert.DoesNotContain("outsider", reads); // a refused read showed nothing
        Assert.All(rows.Where(r => r.Action == PersonalDataReads.Action), r => Assert.Null(r.NewValues ?? r.OldValues));
        Assert.DoesNotContain(rows, r => r.Action == "updated");
        Assert.Equal(etag, await CurrentETagAsync(inspector, url));
    }

    private async Task<List<AuditEntry>> AuditAsync(Guid id)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionsDbContext>();
        return await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == "AccidentCase" && a.EntityId == id.ToString()).ToListAsync();
    }
}
