using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.Interfaces.Tests.Sample;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Http;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>Problems in the caller's language (fa, ru, kk; English fallback), field names kept; Persian/Arabic digits bind.</summary>
[Collection(SampleServiceCollection.Name)]
public sealed class LocalizedProblemTests(SampleService service)
{
    private static readonly object Invalid = new { name = "", region = "atlantis", price = 5, quantity = 500 };

    [Theory]
    [InlineData("fa-IR", "fa", "یک یا چند فیلد نامعتبر است.", "الزامی است.", "باید بین 1 و 100 باشد.")]
    [InlineData("ru", "ru", "Одно или несколько полей заполнены неверно.", "обязательно для заполнения.", "должно быть от 1 до 100.")]
    [InlineData("kk-KZ, ru;q=0.5", "kk", "Бір немесе бірнеше өріс қате толтырылған.", "толтырылуы міндетті.", "1 мен 100 аралығында болуы керек.")]
    [InlineData("de-DE, en;q=0.1", "en", "One or more validation errors occurred.", "is required.", "must be between 1 and 100.")]
    [InlineData(null, "en", "One or more validation errors occurred.", "is required.", "must be between 1 and 100.")]
    public async Task Field_errors_and_title_follow_accept_language(string? acceptLanguage, string language, string title, string required, string range)
    {
        var client = service.ClientFor(Roles.Registrar, "fars", language: acceptLanguage);
        using var response = await client.PostJsonAsync(SampleEndpoints.Prefix, Invalid);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "region", "quantity");
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(required, errors.GetProperty("name")[0].GetString());
        Assert.Equal(range, errors.GetProperty("quantity")[0].GetString());
    }

    [Fact]
    public async Task Exception_mapped_problems_are_localised()
    {
        var client = service.ClientFor(Roles.Registrar, "fars", language: "fa");
        var created = await client.PostJsonAsync(SampleEndpoints.Prefix, new { name = $"w-{Guid.NewGuid():N}", region = "fars", price = 1, quantity = 1 })
            .ShouldBeAsync<SampleEndpoints.WidgetResponse>(HttpStatusCode.Created);

        var missing = await client.PutAsJsonAsync($"{SampleEndpoints.Prefix}/{created.Id}", new { price = 2 })
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("سرآیند If-Match الزامی است.", missing.GetProperty("title").GetString());
        Assert.Equal("برای تغییر رکورد، ETag آن را در If-Match بفرستید.", missing.GetProperty("detail").GetString());

        var stale = new HttpRequestMessage(HttpMethod.Put, $"{SampleEndpoints.Prefix}/{created.Id}") { Content = JsonContent.Create(new { price = 2 }) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var staleProblem = await (await client.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("این رکورد را شخص دیگری تغییر داده است.", staleProblem.GetProperty("title").GetString());

        var notFound = await service.ClientFor(Roles.Registrar, "fars", language: "ru")
            .GetAsync($"{SampleEndpoints.Prefix}/{Guid.NewGuid()}").ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Не найдено.", notFound.GetProperty("title").GetString());

        var unauthorized = await service.Anonymous("kk").GetAsync(SampleEndpoints.Prefix).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Аутентификация қажет.", unauthorized.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unreadable_json_names_the_field_in_the_callers_language()
    {
        var client = service.ClientFor(Roles.Registrar, "fars", language: "ru");
        using var content = new StringContent("""{"name":"x","region":"fars","price":"ten","quantity":1}""", System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync(SampleEndpoints.Prefix, content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "price");
        Assert.Equal("имеет значение неверного типа или формата.", problem.GetProperty("errors").GetProperty("price")[0].GetString());
    }

    [Theory]
    [InlineData("۱۲۰۰۰۰", "۷", 120000, 7)]      // Persian digits
    [InlineData("١٢٠٠٠٠٫٥", "٧", 120000.5, 7)] // Arabic-Indic digits and decimal separator
    [InlineData("120,000", "7", 120000, 7)]
    public async Task Numbers_typed_with_persian_or_arabic_digits_bind(string price, string quantity, decimal expectedPrice, int expectedQuantity)
    {
        var client = service.ClientFor(Roles.Registrar, "fars");
        var body = $$"""{"name":"w-{{Guid.NewGuid():N}}","region":"fars","price":"{{price}}","quantity":"{{quantity}}"}""";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var created = await (await client.PostAsync(SampleEndpoints.Prefix, content)).ShouldBeAsync<SampleEndpoints.WidgetResponse>(HttpStatusCode.Created);
        Assert.Equal(expectedPrice, created.Price);
        Assert.Equal(expectedQuantity, created.Quantity);
    }

    [Fact]
    public void Numbers_are_written_as_json_numbers_and_fractions_are_not_integers()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Extensions.ConfigureJson(options);
        Assert.Equal("""{"a":12.5,"b":3}""", JsonSerializer.Serialize(new { a = 12.5m, b = 3 }, options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>("""{"count":"۱٫۵"}""", options));
        Assert.Equal(15, JsonSerializer.Deserialize<Holder>("""{"count":"۱۵"}""", options)!.Count);
        Assert.Null(JsonSerializer.Deserialize<Holder>("""{"count":null}""", options)!.Count);
    }

    [Theory]
    [InlineData("fa-IR,fa;q=0.9,en;q=0.8", "fa")]
    [InlineData("en;q=0.2, ru;q=0.9", "ru")]
    [InlineData("fr, de", "en")]
    [InlineData("kk;q=0", "en")]
    [InlineData("", "en")]
    public void Language_is_chosen_by_quality_with_english_as_fallback(string header, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = header;
        Assert.Equal(expected, ProblemLanguages.Choose(context.Request));
    }

    [Fact]
    public void Services_can_add_their_own_texts_and_unknown_texts_stay_english()
    {
        var translations = new ProblemTranslations().Add("must be a valid national id.", "باید کد ملی معتبر باشد.", "должно быть действительным ИИН.", "жарамды ЖСН болуы керек.");
        Assert.Equal("باید کد ملی معتبر باشد.", translations.Translate("must be a valid national id.", "fa"));
        Assert.Equal("must be at most 300 characters.", translations.Translate("must be at most 300 characters.", "en"));
        Assert.Equal("должно содержать не более 300 символов.", translations.Translate("must be at most 300 characters.", "ru"));
        Assert.Equal("something only this service says.", translations.Translate("something only this service says.", "kk"));
    }

    private sealed record Holder(int? Count);
}
