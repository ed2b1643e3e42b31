using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LabourWelfare.TestSupport;

/// <summary>The RabbitMQ management HTTP API, as guest on localhost: vhosts, queues, messages.</summary>
public sealed class RabbitMqManagement : IDisposable
{
    private readonly HttpClient _http;

    public RabbitMqManagement(string user = "guest", string password = "guest")
        : this(TestEnvironment.RabbitMqManagement, user, password)
    {
    }

    /// <summary>The management API of another broker (the one an AppHost under test started).</summary>
    public RabbitMqManagement(Uri baseAddress, string user, string password)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    public HttpClient Http => _http;

    public async Task CreateVirtualHostAsync(string vhost)
    {
        (await _http.PutAsync($"api/vhosts/{Uri.EscapeDataString(vhost)}", null)).EnsureSuccessStatusCode();
        var permissions = JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" });
        (await _http.PutAsync($"api/permissions/{Uri.EscapeDataString(vhost)}/guest", permissions)).EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string vhost) =>
        await _http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(vhost)}");

    /// <summary>Messages ready in a queue (0 when the queue does not exist yet).</summary>
    public async Task<long> QueueDepthAsync(string vhost, string queue)
    {
        using var response = await _http.GetAsync($"api/queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}");
        if (!response.IsSuccessStatusCode) return 0;
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0;
    }

    public async Task<IReadOnlyList<string>> QueueNamesAsync(string vhost)
    {
        var json = await _http.GetFromJsonAsync<JsonElement>($"api/queues/{Uri.EscapeDataString(vhost)}");
        return json.EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>Reads messages from a queue and puts them back (requeue), for inspecting error queues.</summary>
    public async Task<IReadOnlyList<JsonElement>> PeekAsync(string vhost, string queue, int count = 10)
    {
        using var response = await _http.PostAsJsonAsync(
            $"api/queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "ack_requeue_true", encoding = "auto", truncate = 50000 });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A RabbitMQ virtual host of the test's own: its exchanges and queues cannot meet anyone else's.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly RabbitMqManagement _management = new();

    private TestVirtualHost(string name) => Name = name;

    public string Name { get; }

    /// <summary>amqp://guest:guest@host:5672/&lt;vhost&gt;, the form ConnectionStrings__messaging takes.</summary>
    public Uri AmqpUri
    {
        get
        {
            var builder = new UriBuilder(TestEnvironment.RabbitMq) { Path = "/" + Uri.EscapeDataString(Name) };
            return builder.Uri;
        }
    }

    public RabbitMqManagement Management => _management;

    public static async Task<TestVirtualHost> CreateAsync(string prefix)
    {
        var vhost = new TestVirtualHost($"t-{prefix.ToLowerInvariant()}-{TestEnvironment.UniqueSuffix()}");
        await vhost._management.CreateVirtualHostAsync(vhost.Name);
        return vhost;
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteVirtualHostAsync(Name);
        _management.Dispose();
    }
}
