using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class RegisterCooperativeTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    private const string Url = "/api/cooperatives/cooperatives";

    private static object NewCooperative(string number, string region = "fars") =>
        new { name = "Shiraz Solar Cooperative", region, registrationNumber = number, sector = "renewable-energy" };

    [Fact]
    public async Task Registering_publishes_CooperativeRegistered_once()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var number = "FA-" + TestEnvironment.UniqueSuffix();

        var created = await service.ClientFor(Roles.Registrar, "fars").PostJsonAsync(Url, NewCooperative(number))
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.Created);

        var registered = await probe.WaitForAsync<CooperativeRegistered>(e => e.CooperativeId == created.Id);
        Assert.Equal(number.ToUpperInvariant(), registered.RegistrationNumber);
        Assert.Equal("fars", registered.Region);
        Assert.Equal("renewable-energy", registered.Sector);
        Assert.Equal(0, await service.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages"));
    }

    [Fact]
    public async Task A_registration_number_used_in_the_region_answers_409_even_typed_in_Persian_digits()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var suffix = Random.Shared.Next(100000, 999999).ToString();
        (await client.PostJsonAsync(Url, NewCooperative("FA-" + suffix))).EnsureSuccessStatusCode();

        var persianDigits = string.Concat(suffix.Select(c => (char)('۰' + (c - '0'))));
        var duplicate = await client.PostJsonAsync(Url, NewCooperative("fa-" + persianDigits));

        var problem = await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("registration-number-taken", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Missing_and_malformed_fields_answer_400_with_field_errors()
    {
        var client = service.ClientFor(Roles.Registrar, "fars");

        var missing = await client.PostJsonAsync(Url, new { region = "atlantis" });
        await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "registrationNumber", "sector", "region");

        var malformed = await client.PostJsonAsync(Url, new { name = "X", region = "fars", registrationNumber = "1", sector = "mining" });
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sector");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_other_regions_get_403_on_write_and_404_on_read()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(Url, NewCooperative("X-1"))).StatusCode);

        var almaty = service.ClientFor(Roles.Registrar, "almaty");
        await (await almaty.PostJsonAsync(Url, NewCooperative("FA-X-" + TestEnvironment.UniqueSuffix()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var created = await service.ClientFor(Roles.Registrar, "fars")
            .PostJsonAsync(Url, NewCooperative("FA-R-" + TestEnvironment.UniqueSuffix()))
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync($"{Url}/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{Url}/{created.Id}")).StatusCode);
    }
}
