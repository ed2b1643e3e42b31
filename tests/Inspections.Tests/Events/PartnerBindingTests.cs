using System.Net;
using System.Reflection;
using System.Text.Json;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Features.Campaigns;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using MassTransit;
using RabbitMQ.Client;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Events;

/// <summary>
/// A partner agency binds before anything was ever published: the public exchanges must exist from the service's
/// start, because a partner's user may not create them, and a binding that fails with 404 loses the first
/// announcements. On a fresh vhost with only the service started, the partner user made by
/// eng/partner-user.sh binds its queue to every exchange the service publishes to, then receives the first event.
/// </summary>
public sealed class PartnerBindingTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    [Fact]
    public async Task A_partner_binds_before_the_first_event_and_receives_it()
    {
        await Eventually.Until(async () => (await service.Anonymous().GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            "the service is ready");
        await using var partner = await PartnerUser.AddAsync(service.VirtualHost.Name);
        await using var connection = await partner.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = partner.Queue();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var exchange in EventCatalogue.Inspections.Select(t => t.GetCustomAttribute<EntityNameAttribute>()!.EntityName))
            await channel.QueueBindAsync(queue, exchange, routingKey: ""); // 404 NOT_FOUND - no exchange, before the fix

        var client = service.ClientFor(Roles.Inspector, "fars");
        var campaign = await client.PostJsonAsync(CampaignsUrl, new
        {
            name = "Blood donation week", kind = "blood-donation", partnerAgency = "Fars Blood Transfusion Centre",
            startsOn = DateOnly.FromDateTime(DateTime.UtcNow), endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7),
        }).ShouldBeAsync<CampaignResponse>(HttpStatusCode.Created);
        var url = $"{CampaignsUrl}/{campaign.Id}";
        (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", await CurrentETagAsync(client, url))).EnsureSuccessStatusCode();

        BasicGetResult? received = null;
        await Eventually.Until(async () => (received = await channel.BasicGetAsync(queue, autoAck: true)) is not null,
            "the announcement reaches the partner's queue");
        using var envelope = JsonDocument.Parse(received!.Body.ToArray());
        Assert.Equal(campaign.Id, envelope.RootElement.GetProperty("message").GetProperty("campaignId").GetGuid());
        await channel.QueueDeleteAsync(queue);
    }
}
