using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Interfaces.Tests.Sample;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>Idempotency-Key on POST, against real PostgreSQL: replay, 422 on another body, 409 while in flight, no 5xx kept, expiry.</summary>
[Collection(SampleServiceCollection.Name)]
public sealed class IdempotencyKeyTests(SampleService service)
{
    private static HttpRequestMessage Create(object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SampleEndpoints.Prefix) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add(IdempotencyOptions.Header, key);
        return request;
    }

    private static object Widget(string name, decimal price = 10m) => new { name, region = "fars", price, quantity = 2 };

    private Task<int> CountAsync(string name) => service.InDatabaseAsync(db => db.Widgets.CountAsync(w => w.Name == name));

    [Fact]
    public async Task Retry_with_same_key_and_body_replays_the_first_response_without_a_second_record()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var key = Guid.NewGuid().ToString();
        var name = $"w-{Guid.NewGuid():N}";

        using var first = await client.SendAsync(Create(Widget(name), key));
        using var second = await client.SendAsync(Create(Widget(name), key));

        var created = await first.ShouldBeAsync<SampleEndpoints.WidgetResponse>(HttpStatusCode.Created);
        var replayed = await second.ShouldBeAsync<SampleEndpoints.WidgetResponse>(HttpStatusCode.Created);
        Assert.Equal(created, replayed);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal("application/json", second.Content.Headers.ContentType?.MediaType);
        Assert.True(second.Headers.Contains(IdempotencyOptions.ReplayedHeader));
        Assert.Equal(1, await CountAsync(name));
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_422()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var key = Guid.NewGuid().ToString();
        var name = $"w-{Guid.NewGuid():N}";
        (await client.SendAsync(Create(Widget(name), key))).EnsureSuccessStatusCode();

        var problem = await (await client.SendAsync(Create(Widget(name, price: 11m), key))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Idempotency-Key", problem.GetProperty("title").GetString());
        Assert.Equal(1, await CountAsync(name));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var key = Guid.NewGuid().ToString();
        var name = $"w-{Guid.NewGuid():N}";
        (await service.ClientFor(Roles.Registrar, "fars").SendAsync(Create(Widget(name), key))).EnsureSuccessStatusCode();
        (await service.ClientFor(Roles.Registrar, "fars").SendAsync(Create(Widget(name), key))).EnsureSuccessStatusCode();
        Assert.Equal(2, await CountAsync(name));
    }

    [Fact]
    public async Task A_duplicate_while_the_first_is_still_running_is_409_and_the_first_then_completes()
    {
        service.Gate.Reset();
        var client = service.ClientFor(Roles.Registrar, "fars", subject: $"slow-{Guid.NewGuid():N}");
        var key = Guid.NewGuid().ToString();
        var firstTask = client.SendAsync(Create(Widget("slow"), key));
        await service.Gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        await (await client.SendAsync(Create(Widget("slow"), key))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        service.Gate.Release();
        using var first = await firstTask;
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var retry = await client.SendAsync(Create(Widget("slow"), key));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
    }

    [Fact]
    public async Task Parallel_duplicates_create_one_record()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var key = Guid.NewGuid().ToString();
        var name = $"w-{Guid.NewGuid():N}";
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Create(Widget(name), key))));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await CountAsync(name));
    }

    [Fact]
    public async Task Server_errors_and_exceptions_are_not_remembered()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var key = Guid.NewGuid().ToString();
        await (await client.SendAsync(Create(Widget("outage"), key))).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Null(await FindAsync(key));

        var ruleKey = Guid.NewGuid().ToString();
        await (await client.SendAsync(Create(Widget("rule"), ruleKey))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Null(await FindAsync(ruleKey));
    }

    [Fact]
    public async Task Client_errors_are_replayed_too()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var key = Guid.NewGuid().ToString();
        var body = new { name = "", region = "fars", price = 1 };
        await (await client.SendAsync(Create(body, key))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name");
        using var replay = await client.SendAsync(Create(body, key));
        await replay.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.True(replay.Headers.Contains(IdempotencyOptions.ReplayedHeader));
    }

    [Fact]
    public async Task Posts_without_a_key_are_not_deduplicated_and_bad_keys_are_400()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var name = $"w-{Guid.NewGuid():N}";
        (await client.SendAsync(Create(Widget(name), null))).EnsureSuccessStatusCode();
        (await client.SendAsync(Create(Widget(name), null))).EnsureSuccessStatusCode();
        Assert.Equal(2, await CountAsync(name));

        await (await client.SendAsync(Create(Widget(name), new string('k', 201)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task Expired_keys_are_cleaned_up_and_an_expired_key_runs_again()
    {
        var subject = $"expiry-{Guid.NewGuid():N}";
        var client = service.ClientFor(Roles.Registrar, "fars", subject: subject);
        var key = Guid.NewGuid().ToString();
        var name = $"w-{Guid.NewGuid():N}";
        (await client.SendAsync(Create(Widget(name), key))).EnsureSuccessStatusCode();
        var record = await FindAsync(key);
        Assert.NotNull(record);
        Assert.Equal(TimeSpan.FromHours(24), record.ExpiresAt - record.CreatedAt);

        // The key of a retry after expiry is claimed again: a new record is created.
        await service.InDatabaseAsync(db => db.Set<IdempotencyRecord>().Where(r => r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        (await client.SendAsync(Create(Widget(name), key))).EnsureSuccessStatusCode();
        Assert.Equal(2, await CountAsync(name));

        var cleanup = service.App.Services.GetRequiredService<IdempotencyCleanup<SampleDbContext>>();
        Assert.True(await cleanup.RunOnceAsync(DateTimeOffset.UtcNow.AddHours(25)) >= 1);
        Assert.Null(await FindAsync(key));
    }

    private Task<IdempotencyRecord?> FindAsync(string key) =>
        service.InDatabaseAsync(db => db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Key == key));
}
