using System.Net;

namespace LabourWelfare.EndToEnd.Tests.Flows;

/// <summary>
/// Welfare aid opens an application from an event only when the region runs an active programme for the target group
/// today (otherwise the person gets a referral an officer works on later), so the flows start by running one.
/// </summary>
internal static class AidProgrammes
{
    public const decimal Benefit = 50_000_000m; // IRR

    public static async Task<Guid> RunActiveAsync(HttpClient aidOfficer, string region, string targetGroup, int? maxDecile, int benefits = 100)
    {
        var created = await aidOfficer.Post("/api/aid/programmes", new
        {
            name = $"E2E support for {targetGroup} {Guid.NewGuid():N}"[..40],
            region,
            kind = "cash-grant",
            maxDecile,
            targetGroups = new[] { targetGroup },
            startsOn = Api.Today.AddDays(-1),
            endsOn = Api.Today.AddDays(180),
            benefitAmount = Benefit,
            budgetAmount = Benefit * benefits,
            currency = "IRR",
        }, HttpStatusCode.Created);
        var draft = await aidOfficer.Get($"/api/aid/programmes/{created.Id}");
        var active = await aidOfficer.Post($"/api/aid/programmes/{created.Id}/activate", null, ifMatch: draft.ETag);
        Assert.Equal("active", active.Text("status"));
        return created.Id;
    }
}
