using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LabourWelfare.TestSupport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace LabourWelfare.Security.Tests.Partners;

/// <summary>What a partner user made by eng/partner-user.sh can and cannot do on the broker.</summary>
public sealed class PartnerAccessTests(PartnerAccessFixture broker) : IClassFixture<PartnerAccessFixture>
{
    private const ushort AccessRefused = 403;

    [Fact]
    public async Task A_partner_binds_its_own_queue_to_a_public_exchange_and_receives_the_events()
    {
        await using var partner = await broker.ConnectAsPartner();
        await using var channel = await partner.CreateChannelAsync();
        await channel.QueueDeclareAsync(broker.PartnerQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(broker.PartnerQueue, PartnerAccessFixture.PublicExchange, routingKey: "");

        var body = Encoding.UTF8.GetBytes($"{{\"campaign\":\"{Guid.NewGuid()}\"}}");
        await using (var guest = await broker.Guest.CreateChannelAsync())
            await guest.BasicPublishAsync(PartnerAccessFixture.PublicExchange, routingKey: "", body: body);

        BasicGetResult? received = null;
        await Eventually.Until(async () => (received = await channel.BasicGetAsync(broker.PartnerQueue, autoAck: true)) is not null,
            "the event reaches the partner's queue");
        Assert.Equal(body, received!.Body.ToArray());
    }

    [Fact]
    public async Task A_partner_cannot_publish_to_a_public_exchange()
    {
        await using var partner = await broker.ConnectAsPartner();
        await using var channel = await partner.CreateChannelAsync();

        try
        {
            await channel.BasicPublishAsync(PartnerAccessFixture.PublicExchange, routingKey: "", body: "forged"u8.ToArray());
        }
        catch (AlreadyClosedException)
        {
            // the refusal may already have closed the channel
        }

        // basic.publish has no reply: the broker refuses by closing the channel.
        await Eventually.Until(() => channel.IsClosed, "the broker closes the publishing channel");
        Assert.Equal(AccessRefused, channel.CloseReason!.ReplyCode);
    }

    [Fact]
    public async Task A_partner_cannot_get_or_consume_from_a_service_queue()
    {
        await RefusedAsync(channel => channel.BasicGetAsync(PartnerAccessFixture.ServiceQueue, autoAck: false));
        await RefusedAsync(channel => channel.BasicConsumeAsync(PartnerAccessFixture.ServiceQueue, autoAck: true,
            new AsyncEventingBasicConsumer(channel)));
    }

    [Fact]
    public async Task A_partner_cannot_touch_anything_outside_its_own_names()
    {
        // declare a queue outside its prefix, or another partner's
        await RefusedAsync(channel => channel.QueueDeclareAsync("inspections-partner-made", durable: false, exclusive: false, autoDelete: true));
        await RefusedAsync(channel => channel.QueueDeclareAsync("partner.someone-else.events", durable: false, exclusive: false, autoDelete: true));
        // route public events into a service's queue, or delete or re-declare a public exchange
        await RefusedAsync(channel => channel.QueueBindAsync(PartnerAccessFixture.ServiceQueue, PartnerAccessFixture.PublicExchange, routingKey: ""));
        await RefusedAsync(channel => channel.ExchangeDeleteAsync(PartnerAccessFixture.PublicExchange));
        await RefusedAsync(channel => channel.ExchangeDeclareAsync(PartnerAccessFixture.PublicExchange, ExchangeType.Fanout, durable: true));
        // purge or delete a service queue
        await RefusedAsync(channel => channel.QueuePurgeAsync(PartnerAccessFixture.ServiceQueue));
        await RefusedAsync(channel => channel.QueueDeleteAsync(PartnerAccessFixture.ServiceQueue));
    }

    [Fact]
    public async Task A_partner_cannot_use_the_management_api()
    {
        using var http = new HttpClient { BaseAddress = TestEnvironment.RabbitMqManagement };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{broker.PartnerUser}:{broker.PartnerPassword}")));

        using var overview = await http.GetAsync("api/overview");
        Assert.Equal(HttpStatusCode.Unauthorized, overview.StatusCode);
        using var queues = await http.GetAsync($"api/queues/{Uri.EscapeDataString(broker.VirtualHost.Name)}");
        Assert.Equal(HttpStatusCode.Unauthorized, queues.StatusCode);
    }

    [Fact]
    public async Task The_script_refuses_names_that_would_widen_the_permissions()
    {
        var (code, output) = await PartnerAccessFixture.RunScript("add", ".*", "--vhost", broker.VirtualHost.Name);
        Assert.NotEqual(0, code);
        Assert.Contains("partner name", output);
    }

    /// <summary>Runs one operation as the partner on a fresh channel (a refusal closes the channel) and expects 403.</summary>
    private async Task RefusedAsync(Func<IChannel, Task> operation)
    {
        await using var partner = await broker.ConnectAsPartner();
        await using var channel = await partner.CreateChannelAsync();
        var error = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() => operation(channel));
        Assert.Equal(AccessRefused, error.ShutdownReason?.ReplyCode);
    }
}
