using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Features.Members;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>The six-months-below-minimum rule, run by the scheduled check against a controllable clock.</summary>
public sealed class MembershipCheckTests(ClockedCooperativesFactory service) : IClassFixture<ClockedCooperativesFactory>
{
    private Task<string> StatusOf(Guid id) =>
        service.Database.ScalarAsync<string>("SELECT \"Status\" FROM cooperatives WHERE \"Id\" = $1", id);

    private async Task LeaveOne(CooperativeResponse cooperative)
    {
        var client = service.Registrar();
        var member = (await client.GetAsync($"{Url(cooperative.Id, "members")}?active=true")
            .ShouldBeAsync<PagedList<MemberResponse>>(HttpStatusCode.OK)).Items[0];
        (await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, $"members/{member.Id}/leave"), new { }, "*")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Six_months_below_the_minimum_suspends_once_and_publishes_CooperativeSuspended_once()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var cooperative = await service.RegisterActiveAsync();
        await LeaveOne(cooperative); // 6 of 7: flagged from today
        var flagged = await service.Registrar().GetAsync(Url(cooperative.Id)).ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK);
        Assert.True(flagged.BelowMinimum);
        var due = flagged.SuspensionDueOn!.Value;

        // The scheduled check runs with the clock's now; nothing else moves it.
        service.Clock.Advance(TimeSpan.FromDays(150));
        await service.RunMembershipCheckAsync();
        Assert.Equal("Active", await StatusOf(cooperative.Id));

        service.Clock.SetUtcNow(new DateTimeOffset(due.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var first = await service.RunMembershipCheckAsync();
        Assert.True(first.Suspended >= 1);
        Assert.Equal("Suspended", await StatusOf(cooperative.Id));
        Assert.Equal("BelowMinimumMembers", await service.Database.ScalarAsync<string>(
            "SELECT \"SuspensionReason\" FROM cooperatives WHERE \"Id\" = $1", cooperative.Id));
        Assert.Equal("job:membership-check", await service.Database.ScalarAsync<string>(
            "SELECT changed_by FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1", cooperative.Id.ToString()));

        var second = await service.RunMembershipCheckAsync();
        Assert.Equal(0, second.Suspended);
        var suspended = await probe.WaitForAsync<CooperativeSuspended>(e => e.CooperativeId == cooperative.Id);
        Assert.Equal("below-minimum-members", suspended.Reason);
        await Eventually.Until(async () => await service.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages") == 0, "the outbox drains");
        Assert.Single(probe.Of<CooperativeSuspended>(), e => e.CooperativeId == cooperative.Id);
    }

    [Fact]
    public async Task Recovering_before_six_months_clears_the_flag_and_nothing_is_suspended()
    {
        var cooperative = await service.RegisterAsync();
        await LeaveOne(cooperative);
        await service.AddMemberAsync(cooperative.Id);
        service.Clock.Advance(TimeSpan.FromDays(400));
        await service.RunMembershipCheckAsync();
        Assert.Equal("Registered", await StatusOf(cooperative.Id));
        Assert.Equal(0, await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM cooperatives WHERE \"Id\" = $1 AND \"BelowMinimumSince\" IS NOT NULL", cooperative.Id));
    }

    [Fact]
    public async Task The_check_flags_cooperatives_that_fell_below_without_the_API_and_suspends_them_later()
    {
        var cooperative = await service.RegisterAsync();
        // A member removed behind the API's back (a data repair, a changed minimum): the check catches it.
        await using (var connection = await service.Database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE members SET \"LeftOn\" = \"JoinedOn\" WHERE \"Id\" = (SELECT \"Id\" FROM members WHERE \"CooperativeId\" = $1 LIMIT 1)";
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = cooperative.Id });
            await command.ExecuteNonQueryAsync();
        }
        var result = await service.RunMembershipCheckAsync();
        Assert.True(result.Flagged >= 1);
        Assert.Equal(1, await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM cooperatives WHERE \"Id\" = $1 AND \"BelowMinimumSince\" IS NOT NULL", cooperative.Id));

        service.Clock.Advance(TimeSpan.FromDays(186));
        await service.RunMembershipCheckAsync();
        Assert.Equal("Suspended", await StatusOf(cooperative.Id));
    }
}
