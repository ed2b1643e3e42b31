using LabourWelfare.TestSupport;
using RabbitMQ.Client;

namespace LabourWelfare.Security.Tests.Partners;

/// <summary>
/// A vhost of the test's own with a public event exchange (fanout, as MassTransit declares it) and a service queue,
/// and a partner user created by eng/partner-user.sh; the user is removed again at the end.
/// </summary>
public sealed class PartnerAccessFixture : IAsyncLifetime
{
    public const string PublicExchange = "labourwelfare.health-campaign-announced.v1";
    public const string ServiceQueue = "inspections-something";

    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public string PartnerName { get; } = "t" + TestEnvironment.UniqueSuffix();
    public string PartnerUser => "partner-" + PartnerName;
    public string PartnerPassword { get; } = Guid.NewGuid().ToString("N");
    public string PartnerQueue => $"partner.{PartnerName}.events";
    public IConnection Guest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("partner");
        Guest = await Connect("guest", "guest");
        await using var channel = await Guest.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(PublicExchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(ServiceQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(ServiceQueue, PublicExchange, routingKey: "");

        var (code, output) = await RunScript("add", PartnerName, PartnerPassword, "--vhost", VirtualHost.Name);
        Assert.True(code == 0, $"partner-user.sh add failed ({code}): {output}");
    }

    public Task<IConnection> ConnectAsPartner() => Connect(PartnerUser, PartnerPassword);

    private async Task<IConnection> Connect(string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.RabbitMq.Host,
            Port = TestEnvironment.RabbitMq.Port,
            VirtualHost = VirtualHost.Name,
            UserName = user,
            Password = password,
        };
        return await factory.CreateConnectionAsync();
    }

    public static Task<(int ExitCode, string Output)> RunScript(params string[] arguments) => TestSupport.PartnerUser.RunScriptAsync(arguments);

    public async Task DisposeAsync()
    {
        await RunScript("remove", PartnerName);
        await Guest.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
