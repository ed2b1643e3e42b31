using System.Net;
using LabourWelfare.Web.Api;

namespace LabourWelfare.Web.Tests;

public sealed class GatewayClientTests
{
    private static (GatewayClient Client, FakeGateway Gateway, SessionExpiry Expiry) Create(string? token = "token-1")
    {
        var gateway = new FakeGateway();
        var expiry = new SessionExpiry();
        return (new GatewayClient(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway") }, new FixedToken(token), expiry, Microsoft.Extensions.Logging.Abstractions.NullLogger<GatewayClient>.Instance), gateway, expiry);
    }

    [Fact]
    public async Task Calls_carry_the_user_s_token_language_If_Match_and_Idempotency_Key()
    {
        using var _ = new CultureScope("fa-IR");
        var (client, gateway, _) = Create();
        gateway.Answer(HttpStatusCode.Created, """{"id":"00000000-0000-0000-0000-000000000001"}""");
        gateway.Answer(HttpStatusCode.OK, "{}", etag: "\"8\"");

        await client.CreateAsync<object>("/api/inspections/workplaces", new { name = "x" }, "key-1");
        var changed = await client.PostAsync<object>("/api/inspections/inspections/1/start", null, "\"7\"");

        var create = gateway.Requests[0];
        Assert.Equal("Bearer token-1", create.Headers.Authorization?.ToString());
        Assert.Equal("fa", create.Headers.AcceptLanguage.Single().Value);
        Assert.Equal("key-1", create.Headers.GetValues("Idempotency-Key").Single());
        Assert.Equal("\"7\"", gateway.Requests[1].Headers.GetValues("If-Match").Single());
        Assert.Equal("\"8\"", changed.ETag);
    }

    [Fact]
    public async Task Problems_come_back_with_their_field_errors_in_the_user_s_language()
    {
        var (client, gateway, _) = Create();
        gateway.Answer(HttpStatusCode.BadRequest, """
            {"title":"یک یا چند فیلد نامعتبر است.","status":400,"errors":{"members[0].nationalId":["کد ملی معتبر نیست."],"name":["الزامی است."]}}
            """, contentType: "application/problem+json");

        var result = await client.CreateAsync<object>("/api/cooperatives/cooperatives", new { }, "key-1");

        Assert.False(result.Ok);
        Assert.Equal("کد ملی معتبر نیست.", result.Problem!.FieldError("members[0].nationalId"));
        Assert.Equal(["name: الزامی است."], result.Problem.ErrorsExcept(["members[0].nationalId"]));
        Assert.False(result.Problem.Transient);
    }

    [Fact]
    public async Task A_lost_connection_is_a_transient_problem_not_an_exception()
    {
        var (client, gateway, _) = Create();
        gateway.Fail();
        var result = await client.GetAsync<object>("/api/aid/programmes");
        Assert.True(result.Problem!.Transient);
    }

    [Fact]
    public async Task Without_a_session_nothing_is_sent_and_the_layout_is_told()
    {
        var (client, gateway, expiry) = Create(token: null);
        var result = await client.GetAsync<object>("/api/aid/programmes");
        Assert.Equal(401, result.Problem!.Status);
        Assert.Empty(gateway.Requests);
        Assert.True(expiry.IsExpired);
    }

    [Fact]
    public async Task A_retry_after_a_lost_connection_reuses_the_Idempotency_Key_and_a_corrected_form_gets_a_new_one()
    {
        var (client, gateway, _) = Create();
        gateway.Fail().Answer(HttpStatusCode.BadRequest, """{"status":400,"errors":{"name":["required"]}}""").Answer(HttpStatusCode.Created, "{}");
        var submission = new Submission();

        await submission.RunAsync(key => client.CreateAsync<object>("/api/x", new { }, key));   // connection lost
        await submission.RunAsync(key => client.CreateAsync<object>("/api/x", new { }, key));   // retry: 400
        await submission.RunAsync(key => client.CreateAsync<object>("/api/x", new { }, key));   // corrected: 201

        var keys = gateway.Requests.Select(r => r.Headers.GetValues("Idempotency-Key").Single()).ToList();
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(keys[1], keys[2]);
        Assert.Null(submission.Problem);
    }

    [Theory]
    [InlineData("/inspections/plan", "/inspections/plan")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData(null, "/")]
    public void Sign_in_returns_only_to_this_application(string? returnUrl, string expected) =>
        Assert.Equal(expected, Auth.AccountEndpoints.LocalUrl(returnUrl));
}
