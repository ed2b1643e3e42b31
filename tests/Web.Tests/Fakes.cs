using System.Net;
using System.Security.Claims;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.Web.Auth;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabourWelfare.Web.Tests;

/// <summary>Stands in for the gateway: records requests, answers with what the test queued.</summary>
public sealed class FakeGateway : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    public List<HttpRequestMessage> Requests { get; } = [];

    public FakeGateway Answer(HttpStatusCode status, string json = "{}", string? etag = null, string contentType = "application/json")
    {
        _answers.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, contentType) };
            if (etag is not null) response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue(etag);
            return response;
        });
        return this;
    }

    public FakeGateway Fail()
    {
        _answers.Enqueue(_ => throw new HttpRequestException("connection refused"));
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(_answers.Count > 0 ? _answers.Dequeue()(request) : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}

public sealed class FixedToken(string? token = "token-1") : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
}

public sealed class FixedUser(params Claim[] claims) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "test", PlatformClaims.Name, PlatformClaims.Role))));

    public static FixedUser Officer(string subject, string role, string region) => new(
        new Claim(PlatformClaims.Subject, subject), new Claim(PlatformClaims.Name, subject),
        new Claim(PlatformClaims.Role, role), new Claim(PlatformClaims.Region, region));
}
