using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using LabourWelfare.Web.Auth;

namespace LabourWelfare.Web.Api;

/// <summary>
/// The only way the web app reaches data: the gateway (<c>http://gateway</c>, resolved by service discovery), with the
/// signed-in user's access token, the user's language in Accept-Language, If-Match for changes and an Idempotency-Key
/// on creations. Problems come back as <see cref="ApiProblem"/>, never as exceptions.
/// </summary>
public sealed class GatewayClient(HttpClient http, IAccessTokenProvider tokens, SessionExpiry expiry, ILogger<GatewayClient> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, null, null, cancellationToken);

    /// <summary>A creation: pass the same <paramref name="idempotencyKey"/> when retrying the same submission.</summary>
    public Task<ApiResult<T>> CreateAsync<T>(string path, object? body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, null, idempotencyKey, cancellationToken);

    /// <summary>An action or search by POST (with If-Match when it changes a record).</summary>
    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, ifMatch, null, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, string? ifMatch, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, ifMatch, null, cancellationToken);

    /// <summary>Development only: a token from the gateway's /dev/token (no user token yet, so no Authorization).</summary>
    public async Task<DevTokenResponse?> GetDevTokenAsync(DevAccount account, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", new
        {
            subject = account.Subject, roles = account.Roles, region = account.Region, nationalId = account.NationalId,
        }, Json, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DevTokenResponse>(Json, cancellationToken) : null;
    }

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, string? ifMatch, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        if (token is null)
        {
            expiry.Expired();
            return new ApiResult<T>(default, null, new ApiProblem { Status = 401 });
        }
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return new ApiResult<T>(default, null, new ApiProblem { Status = 0 });
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ApiResult<T>(default, null, new ApiProblem { Status = 0 });
        }
        using (response)
        {
            var etag = response.Headers.ETag?.ToString();
            if (response.StatusCode == HttpStatusCode.Unauthorized) expiry.Expired();
            if (!response.IsSuccessStatusCode)
                return new ApiResult<T>(default, etag, ApiProblem.Parse((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken)));
            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
                return new ApiResult<T>(default, etag, null);
            try
            {
                var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return new ApiResult<T>(value, etag, null);
            }
            catch (JsonException e)
            {
                // A service answered in a shape this app does not know (a contract changed): the page says so, the
                // user's session goes on, and the log names the path (never the body, which may hold personal data).
                logger.LogError("Unreadable answer from {Method} {Path}: {Error}", method, request.RequestUri?.AbsolutePath, e.Message);
                return new ApiResult<T>(default, etag, new ApiProblem { Status = 502 });
            }
        }
    }
}

/// <summary>Tells the layout (per circuit) that the session is gone, so it can send the user to sign in again.</summary>
public sealed class SessionExpiry
{
    public event Action? OnExpired;

    public bool IsExpired { get; private set; }

    public void Expired()
    {
        IsExpired = true;
        OnExpired?.Invoke();
    }
}
