using System.Net;
using LabourWelfare.Mediation.Features.Mediators;
using LabourWelfare.SharedKernel;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Api;

public sealed class MediatorApiTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    private readonly MediationApi _api = new(service);

    [Fact]
    public async Task The_roster_keeps_a_sign_in_name_as_the_identity_provider_does()
    {
        var suffix = TestEnvironment.UniqueSuffix();
        // Typed with capitals, spaces and Persian digits; the provider keeps (and issues) "mediator.۱۲" as "mediator.12".
        var created = await _api.Supervisor().PostJsonAsync(Mediators, new
        {
            fullName = "Maryam Karimi", userSubject = $"  Mediator.۱۲-{suffix.ToUpperInvariant()} ", specialties = new[] { "labour" },
            languages = new[] { "fa" }, caseloadLimit = 4,
        }).ShouldBeAsync<MediatorResponse>(HttpStatusCode.Created);

        Assert.Equal($"mediator.12-{suffix.ToLowerInvariant()}", created.UserSubject);
    }

    [Fact]
    public async Task A_supervisor_registers_a_mediator_whom_the_region_can_read_and_others_cannot()
    {
        var supervisor = _api.Supervisor();
        var response = await supervisor.PostJsonAsync(Mediators, new
        {
            fullName = "Maryam Karimi", userSubject = "m-" + TestEnvironment.UniqueSuffix(), specialties = new[] { "labour" },
            languages = new[] { "FA", "en" }, caseloadLimit = 4,
        });
        var created = await response.ShouldBeAsync<MediatorResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/mediation/mediators/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("fars", created.Region);
        Assert.Equal(["en", "fa"], created.Languages);
        Assert.Equal(0, created.OpenCaseload);

        var read = await supervisor.GetAsync($"{Mediators}/{created.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotNull(read.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await _api.AsMediator(created).GetAsync($"{Mediators}/{created.Id}")).StatusCode);
        await _api.Supervisor("almaty").GetAsync($"{Mediators}/{created.Id}").ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Mediators)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Citizen(NationalIds.NewIranian()).GetAsync(Mediators)).StatusCode);

        var list = await supervisor.GetAsync($"{Mediators}?specialty=labour&language=fa&available=true&pageSize=100")
            .ShouldBeAsync<PagedList<MediatorResponse>>(HttpStatusCode.OK);
        Assert.Contains(list.Items, m => m.Id == created.Id);
        var almatyList = await _api.Supervisor("almaty").GetAsync(Mediators).ShouldBeAsync<PagedList<MediatorResponse>>(HttpStatusCode.OK);
        Assert.DoesNotContain(almatyList.Items, m => m.Id == created.Id);
    }

    [Fact]
    public async Task Bad_input_answers_400_a_taken_login_409_and_other_roles_or_regions_403()
    {
        var supervisor = _api.Supervisor();
        await supervisor.PostJsonAsync(Mediators, new { specialties = Array.Empty<string>(), caseloadLimit = 0, region = "atlantis" })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "fullName", "userSubject", "specialties", "languages", "caseloadLimit", "region");
        await supervisor.PostJsonAsync(Mediators, new { fullName = "X", userSubject = "s", specialties = new[] { "astrology" }, languages = new[] { "fa" }, caseloadLimit = 1 })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "specialties[0]");
        await supervisor.GetAsync($"{Mediators}?specialty=astrology").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "specialty");
        await supervisor.GetAsync($"{Mediators}?pageSize=1000").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");

        var existing = await _api.RegisterMediatorAsync();
        var duplicate = await supervisor.PostJsonAsync(Mediators, new
        {
            fullName = "Someone", userSubject = existing.UserSubject, specialties = new[] { "labour" }, languages = new[] { "fa" }, caseloadLimit = 2,
        }).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("mediator-already-registered", duplicate.GetProperty("code").GetString());

        var body = new { region = "fars", fullName = "X", userSubject = "s-" + TestEnvironment.UniqueSuffix(), specialties = new[] { "labour" }, languages = new[] { "fa" }, caseloadLimit = 1 };
        await _api.Supervisor("almaty").PostJsonAsync(Mediators, body).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.AsMediator(existing).PostJsonAsync(Mediators, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(Mediators, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await service.ClientFor(Roles.Admin, null).PostJsonAsync(Mediators, body)).StatusCode);
    }

    [Fact]
    public async Task Updates_need_the_current_ETag()
    {
        var mediator = await _api.RegisterMediatorAsync();
        var supervisor = _api.Supervisor();
        var url = $"{Mediators}/{mediator.Id}";
        var change = new { fullName = "Maryam Karimi-Rad", specialties = new[] { "family" }, languages = new[] { "fa", "ru" }, caseloadLimit = 8, active = true };

        await SendAsync(supervisor, HttpMethod.Put, url, change, null).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await SendAsync(supervisor, HttpMethod.Put, url, change, "\"1\"").ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await SendAsync(supervisor, HttpMethod.Put, url, new { fullName = "" }, mediator.ETag)
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "fullName", "specialties", "languages", "caseloadLimit", "active");
        var updated = await SendAsync(supervisor, HttpMethod.Put, url, change, mediator.ETag).ShouldBeAsync<MediatorResponse>(HttpStatusCode.OK);
        Assert.Equal(8, updated.CaseloadLimit);
        Assert.NotEqual(mediator.ETag, updated.ETag);
        await SendAsync(_api.Supervisor("almaty"), HttpMethod.Put, url, change, updated.ETag).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(_api.AsMediator(mediator), HttpMethod.Put, url, change, updated.ETag)).StatusCode);
    }

    [Fact]
    public async Task A_mediator_declares_their_own_conflicts_which_only_they_and_supervisors_see()
    {
        var mediator = await _api.RegisterMediatorAsync();
        var colleague = await _api.RegisterMediatorAsync();
        var url = $"{Mediators}/{mediator.Id}/conflicts";
        var nationalId = NationalIds.NewIranian();

        var declared = await _api.AsMediator(mediator).PostJsonAsync(url, new { partyNationalId = nationalId, reason = "My cousin" })
            .ShouldBeAsync<DeclareConflict.ConflictResponse>(HttpStatusCode.Created);
        Assert.Equal(nationalId, declared.PartyNationalId);
        await _api.Supervisor().PostJsonAsync(url, new { organisationName = "Shiraz Textile Co.", reason = "Former employer" })
            .ShouldBeAsync<DeclareConflict.ConflictResponse>(HttpStatusCode.Created);

        await _api.AsMediator(mediator).PostJsonAsync(url, new { partyNationalId = "1234567890" })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "partyNationalId", "reason");
        await _api.AsMediator(mediator).PostJsonAsync(url, new { reason = "?" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "caseId");
        await _api.AsMediator(mediator).PostJsonAsync(url, new { caseId = Guid.NewGuid(), reason = "?" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "caseId");
        await _api.AsMediator(colleague).PostJsonAsync(url, new { partyNationalId = nationalId, reason = "x" }).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await _api.Supervisor("almaty").PostJsonAsync(url, new { partyNationalId = nationalId, reason = "x" }).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var own = await _api.AsMediator(mediator).GetAsync(url).ShouldBeAsync<List<DeclareConflict.ConflictResponse>>(HttpStatusCode.OK);
        Assert.Equal(2, own.Count);
        Assert.Equal(2, (await _api.Supervisor().GetAsync(url).ShouldBeAsync<List<DeclareConflict.ConflictResponse>>(HttpStatusCode.OK)).Count);
        await _api.AsMediator(colleague).GetAsync(url).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
