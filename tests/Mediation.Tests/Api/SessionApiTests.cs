using System.Net;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Mediation.Features.Mediators;
using LabourWelfare.Mediation.Features.Sessions;
using LabourWelfare.TestSupport;
using Npgsql;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Api;

public sealed class SessionApiTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    private readonly MediationApi _api = new(service);

    /// <summary>A fresh slot far enough in the future, on a whole hour.</summary>
    private static DateTimeOffset Slot(int daysAhead = 30) =>
        new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(daysAhead + Random.Shared.Next(0, 3000)).AddHours(9);

    [Fact]
    public async Task Concurrent_bookings_of_one_mediators_slot_let_exactly_one_win()
    {
        var mediator = await _api.RegisterMediatorAsync(caseloadLimit: 10);
        var cases = new List<CaseResponse>();
        for (var i = 0; i < 4; i++) cases.Add((await _api.AssignedCaseAsync(mediator: mediator)).Case);
        var slot = Slot();

        // Twelve requests at once, for four different cases of the same mediator, same hour (shifted by minutes).
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            _api.ScheduleAsync(_api.Supervisor(), cases[i % cases.Count].Id, slot.AddMinutes(i % 3 * 10))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            Assert.Equal(ScheduleSession.DoubleBooked, (await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(1, await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sessions WHERE mediator_id = $1 AND status = 'Scheduled'", mediator.Id));
    }

    [Fact]
    public async Task The_database_itself_refuses_an_overlapping_session()
    {
        var (@case, mediator) = await _api.AssignedCaseAsync();
        var slot = Slot();
        await Created(_api.ScheduleAsync(_api.Supervisor(), @case.Id, slot));

        await using var connection = await service.Database.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO sessions (id, case_id, mediator_id, region, starts_at, ends_at, status, created_at, created_by)
            VALUES (gen_random_uuid(), $1, $2, 'fars', $3, $4, 'Scheduled', now(), 'test')
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = @case.Id });
        insert.Parameters.Add(new NpgsqlParameter { Value = mediator.Id });
        insert.Parameters.Add(new NpgsqlParameter { Value = slot.AddMinutes(30).UtcDateTime });
        insert.Parameters.Add(new NpgsqlParameter { Value = slot.AddMinutes(90).UtcDateTime });
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, error.SqlState);
    }

    [Fact]
    public async Task The_first_session_puts_the_case_in_session_and_a_cancelled_one_frees_the_slot()
    {
        var (@case, mediator) = await _api.AssignedCaseAsync();
        var asMediator = _api.AsMediator(mediator);
        var slot = Slot();

        var response = await _api.ScheduleAsync(asMediator, @case.Id, slot);
        var session = await response.ShouldBeAsync<SessionResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/mediation/cases/{@case.Id}/sessions/{session.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(CaseStatus.InSession, (await _api.GetCaseAsync(@case.Id)).Status);
        await Created(_api.ScheduleAsync(asMediator, @case.Id, slot.AddHours(1))); // back to back is fine

        var cancelUrl = $"{Cases}/{@case.Id}/sessions/{session.Id}/cancellation";
        await SendAsync(asMediator, HttpMethod.Post, cancelUrl, new { reason = "Respondent ill" }, null).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await SendAsync(asMediator, HttpMethod.Post, cancelUrl, new { }, session.ETag).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        var cancelled = await SendAsync(asMediator, HttpMethod.Post, cancelUrl, new { reason = "Respondent ill" }, session.ETag).ShouldBeAsync<SessionResponse>(HttpStatusCode.OK);
        Assert.Equal(SessionStatus.Cancelled, cancelled.Status);
        var twice = await SendAsync(asMediator, HttpMethod.Post, cancelUrl, new { reason = "again" }, cancelled.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("session-already-cancelled", twice.GetProperty("code").GetString());
        await Created(_api.ScheduleAsync(asMediator, @case.Id, slot));

        var sessions = await _api.Supervisor().GetAsync($"{Cases}/{@case.Id}/sessions").ShouldBeAsync<List<SessionResponse>>(HttpStatusCode.OK);
        Assert.Equal(3, sessions.Count);
        var busy = await _api.Supervisor().GetAsync($"{Mediators}/{mediator.Id}/busy?from={Uri.EscapeDataString(slot.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(slot.AddDays(1).ToString("O"))}")
            .ShouldBeAsync<List<MediatorCalendar.BusySlot>>(HttpStatusCode.OK);
        Assert.Equal(2, busy.Count);
        await _api.Supervisor().GetAsync($"{Mediators}/{mediator.Id}/busy").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "from", "to");
    }

    [Fact]
    public async Task Scheduling_checks_input_the_case_state_and_who_asks()
    {
        var (@case, _) = await _api.AssignedCaseAsync();
        var url = $"{Cases}/{@case.Id}/sessions";
        var slot = Slot();
        await _api.Supervisor().PostJsonAsync(url, new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "startsAt", "endsAt");
        await _api.Supervisor().PostJsonAsync(url, new { startsAt = slot, endsAt = slot.AddHours(-1) }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "endsAt");
        await _api.Supervisor().PostJsonAsync(url, new { startsAt = DateTimeOffset.UtcNow.AddDays(-1), endsAt = DateTimeOffset.UtcNow.AddDays(-1).AddHours(1) })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "startsAt");
        await _api.Supervisor().PostJsonAsync(url, new { startsAt = "tomorrow" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "startsAt");

        var other = await _api.RegisterMediatorAsync();
        await _api.ScheduleAsync(_api.AsMediator(other), @case.Id, slot).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await _api.ScheduleAsync(_api.Supervisor("almaty"), @case.Id, slot).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.ScheduleAsync(service.Anonymous(), @case.Id, slot)).StatusCode);

        var unassigned = await _api.OpenCaseAsync();
        var refused = await _api.ScheduleAsync(_api.Supervisor(), unassigned.Id, slot).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("case-not-in-mediation", refused.GetProperty("code").GetString());
    }
}
