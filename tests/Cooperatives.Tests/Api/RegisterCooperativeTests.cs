using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class RegisterCooperativeTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task Registering_with_founding_members_publishes_CooperativeRegistered_once()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var number = NewNumber();

        var created = await service.Registrar().PostJsonAsync(Registry,
                new { name = "Shiraz Solar Cooperative", region = "fars", registrationNumber = number, sector = "renewable-energy", foundingMembers = Founders("fars", 7) })
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.Created);

        Assert.Equal(CooperativeStatus.Registered, created.Status);
        Assert.Equal(7, created.ActiveMembers);
        var registered = await probe.WaitForAsync<CooperativeRegistered>(e => e.CooperativeId == created.Id);
        Assert.Equal(number.ToUpperInvariant(), registered.RegistrationNumber);
        Assert.Equal("fars", registered.Region);
        Assert.Equal("renewable-energy", registered.Sector);
        Assert.Equal(7, registered.MemberCount);
        await Eventually.Until(async () => await service.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages") == 0, "the outbox drains");
        Assert.Single(probe.Of<CooperativeRegistered>(), e => e.CooperativeId == created.Id);
    }

    [Fact]
    public async Task Without_founders_a_founding_file_is_opened_and_registered_later_with_the_minimum()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = service.Registrar("almaty");
        var file = await client.PostJsonAsync(Registry, NewCooperative("almaty", number: NewNumber("KZ")))
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.Created);
        Assert.Equal(CooperativeStatus.Founding, file.Status);
        Assert.Equal(5, file.MinimumMembers);

        for (var i = 0; i < 4; i++) await service.AddMemberAsync(file.Id, "almaty");
        Assert.Equal("founding-members-below-minimum",
            await client.SendAsync(HttpMethod.Post, Url(file.Id, "register"), null, await client.ETagAsync(Url(file.Id))).CodeAsync());

        await service.AddMemberAsync(file.Id, "almaty");
        await (await client.SendAsync(HttpMethod.Post, Url(file.Id, "register"), null, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(HttpMethod.Post, Url(file.Id, "register"), null, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var registered = await client.SendAsync(HttpMethod.Post, Url(file.Id, "register"), null, await client.ETagAsync(Url(file.Id)))
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK);
        Assert.Equal(CooperativeStatus.Registered, registered.Status);

        var evt = await probe.WaitForAsync<CooperativeRegistered>(e => e.CooperativeId == file.Id);
        Assert.Equal(5, evt.MemberCount);
        Assert.Equal("transition-not-allowed",
            await client.SendAsync(HttpMethod.Post, Url(file.Id, "register"), null, await client.ETagAsync(Url(file.Id))).CodeAsync());
    }

    [Fact]
    public async Task Too_few_founders_answers_409_and_writes_nothing()
    {
        var number = NewNumber();
        var response = service.Registrar().PostJsonAsync(Registry, NewCooperative("fars", founders: 6, number: number));
        Assert.Equal("founding-members-below-minimum", await response.CodeAsync());
        Assert.Equal(0, await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM cooperatives WHERE \"RegistrationNumber\" = $1", number.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_registration_number_used_in_the_region_answers_409_even_typed_in_Persian_digits()
    {
        var client = service.Registrar();
        var suffix = Random.Shared.Next(100000, 999999).ToString();
        (await client.PostJsonAsync(Registry, NewCooperative(founders: 7, number: "FA-" + suffix))).EnsureSuccessStatusCode();

        var persianDigits = string.Concat(suffix.Select(c => (char)('۰' + (c - '0'))));
        Assert.Equal("registration-number-taken", await client.PostJsonAsync(Registry, NewCooperative(number: "fa-" + persianDigits)).CodeAsync());

        // The same number in another region is another cooperative.
        (await service.Registrar("qom").PostJsonAsync(Registry, NewCooperative("qom", number: "FA-" + suffix))).EnsureSuccessStatusCode();
    }

    [Theory]
    [InlineData("fa", "ثبت دست‌کم 7 عضو مؤسس می‌خواهد؛ پرونده 6 عضو دارد.")]
    [InlineData("ru", "Для регистрации нужно не менее 7 учредителей; в деле их 6.")]
    [InlineData("kk", "Тіркеу үшін кемінде 7 құрылтайшы қажет; істе 6 құрылтайшы бар.")]
    [InlineData("en", "Registration needs at least 7 founding members; the file has 6.")]
    public async Task A_broken_rule_is_explained_in_the_callers_language(string language, string detail)
    {
        var client = service.Registrar();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var problem = await client.PostJsonAsync(Registry, NewCooperative("fars", founders: 6)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("founding-members-below-minimum", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_number_create_one_cooperative()
    {
        var number = NewNumber();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            service.Registrar().PostJsonAsync(Registry, NewCooperative(founders: 7, number: number))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Missing_and_malformed_fields_answer_400_with_field_errors()
    {
        var client = service.Registrar();

        var missing = await client.PostJsonAsync(Registry, new { region = "atlantis" });
        await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "registrationNumber", "sector", "region");

        var malformed = await client.PostJsonAsync(Registry, new { name = "X", region = "fars", registrationNumber = "1", sector = "mining" });
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sector");

        var founders = Founders("fars", 6).Append(new { nationalId = "1234567890", fullName = "", shares = 0 }).ToArray();
        var duplicate = NationalIds.NewIranian();
        founders = founders.Append(new { nationalId = duplicate, fullName = "A", shares = 1 })
            .Append(new { nationalId = duplicate, fullName = "B", shares = 1 }).ToArray();
        var badFounders = await client.PostJsonAsync(Registry,
            new { name = "X", region = "fars", registrationNumber = NewNumber(), sector = "housing", foundingMembers = founders });
        await badFounders.ShouldBeProblemAsync(HttpStatusCode.BadRequest,
            "foundingMembers[6].nationalId", "foundingMembers[6].fullName", "foundingMembers[6].shares", "foundingMembers[8].nationalId");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_wrong_roles_403_and_other_regions_403_on_write_and_404_on_read()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(Registry, NewCooperative())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").PostJsonAsync(Registry, NewCooperative())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Inspector, "fars").GetAsync(Registry)).StatusCode);

        var almaty = service.Registrar("almaty");
        await (await almaty.PostJsonAsync(Registry, NewCooperative(founders: 7))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var created = await service.RegisterAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync(Url(created.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientFor(Roles.Supervisor, "qom").GetAsync(Url(created.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Supervisor, "fars").GetAsync(Url(created.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Admin, null).GetAsync(Url(created.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Url(created.Id))).StatusCode);
    }
}
