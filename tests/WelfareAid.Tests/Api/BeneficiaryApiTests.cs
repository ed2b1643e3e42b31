using System.Net;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Features.Beneficiaries;

namespace LabourWelfare.WelfareAid.Tests;

public sealed class BeneficiaryApiTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    private const string Url = "/api/aid/beneficiaries";

    [Fact]
    public async Task An_officer_registers_reads_lists_finds_and_updates_a_beneficiary()
    {
        var aid = new AidApi(service);
        var id = TestIds.Iranian();
        var created = await aid.Maker.PostJsonAsync(Url, aid.NewBeneficiary(TestIds.ToPersianDigits(id), decile: 2))
            .ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.Created);
        Assert.Equal(id, created.NationalId);

        var read = await aid.Supervisor.GetAsync($"{Url}/{created.Id}").ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK);
        Assert.Equal(2, read.IncomeDecile);
        var found = await aid.Checker.PostJsonAsync($"{Url}/search", new { nationalId = TestIds.ToArabicDigits(id) })
            .ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK);
        Assert.Equal(created.Id, found.Id);
        var list = await aid.Checker.GetAsync($"{Url}?targetGroup=low-income&pageSize=100").ShouldBeAsync<PagedList<BeneficiaryResponse>>(HttpStatusCode.OK);
        Assert.Contains(list.Items, b => b.Id == created.Id);

        var etag = await AidApi.ETagAsync(aid.Maker, $"{Url}/{created.Id}");
        var updated = await AidApi.Send(aid.Checker, HttpMethod.Put, $"{Url}/{created.Id}", etag,
                new { fullName = "Zahra Ahmadi-Rad", householdSize = 5, incomeDecile = 1, targetGroups = new[] { "dismissed-worker" } })
            .ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK);
        Assert.Equal(1, updated.IncomeDecile);
        await (await AidApi.Send(aid.Checker, HttpMethod.Put, $"{Url}/{created.Id}", etag, new { fullName = "X" }))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await AidApi.Send(aid.Checker, HttpMethod.Put, $"{Url}/{created.Id}", null, new { fullName = "X" }))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task A_Kazakh_IIN_is_checked_in_Almaty_and_a_national_id_is_registered_once()
    {
        var almaty = new AidApi(service, "almaty");
        var iin = TestIds.Kazakh();
        await almaty.BeneficiaryAsync(iin);
        var duplicate = await almaty.Maker.PostJsonAsync(Url, almaty.NewBeneficiary(iin));
        Assert.Equal("beneficiary-exists", (await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var iranianCodeInAlmaty = await almaty.Maker.PostJsonAsync(Url, almaty.NewBeneficiary(TestIds.Iranian()));
        await iranianCodeInAlmaty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nationalId");
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors()
    {
        var aid = new AidApi(service);
        await aid.Maker.PostJsonAsync(Url, new { region = "atlantis" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region", "nationalId", "fullName");
        await aid.Maker.PostJsonAsync(Url, new { nationalId = "0013542418", fullName = "A", householdSize = 0, incomeDecile = 11 })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nationalId", "householdSize", "incomeDecile");
        await aid.Maker.PostJsonAsync(Url, new { nationalId = TestIds.Iranian(), fullName = "A", targetGroups = new[] { "pirates" } })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await aid.Maker.PostJsonAsync($"{Url}/search", new { nationalId = "123" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nationalId");
        await aid.Maker.GetAsync($"{Url}?pageSize=500").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
    }

    [Fact]
    public async Task Other_regions_get_404_or_403_citizens_403_and_anonymous_401()
    {
        var fars = new AidApi(service);
        var created = await fars.BeneficiaryAsync();
        var ilam = new AidApi(service, "ilam");
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.Maker.GetAsync($"{Url}/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.Maker.PostJsonAsync($"{Url}/search", new { nationalId = created.NationalId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AidApi.Send(ilam.Maker, HttpMethod.Put, $"{Url}/{created.Id}", "*", new { fullName = "X" })).StatusCode);
        await ilam.Maker.PostJsonAsync(Url, fars.NewBeneficiary()).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await ilam.Maker.GetAsync($"{Url}?region=fars").ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: created.NationalId);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"{Url}/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fars.Supervisor.PostJsonAsync(Url, fars.NewBeneficiary())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Url)).StatusCode);
    }
}
