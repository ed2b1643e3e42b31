using System.Net;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace LabourWelfare.TestSupport.Contracts;

/// <summary>
/// The contract tests every service runs on its own document (derive once per service test project): the platform's
/// document rules, Redocly's recommended rules, and proof that the contract check in every test client bites.
/// </summary>
public abstract class ServiceContractTests<TProgram>(ServiceFactory<TProgram> service, string name, ITestOutputHelper output)
    where TProgram : class
{
    [Fact]
    public async Task Document_follows_the_platform_rules() => OpenApiDocumentRules.Verify(await service.Contract.GetAsync());

    [Fact]
    public async Task Document_passes_Redocly_recommended_without_errors() =>
        await OpenApiDocumentRules.LintAsync((await service.Contract.GetAsync()).Document.ToJsonString(), name, output.WriteLine);

    [Fact]
    public async Task Contract_check_refuses_an_undocumented_status_a_wrong_body_and_an_accepted_bad_request()
    {
        var contract = await service.Contract.GetAsync();
        var create = contract.Operations.First(o => o.Method == "POST" && o.Response(201)?["content"] is not null && o.Definition["requestBody"] is not null);
        var path = create.Path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

        async Task<ContractViolationException> Refused(HttpStatusCode status, string body, string requestBody)
        {
            using var client = new HttpClient(new ContractValidatingHandler(() => Task.FromResult(contract))
            {
                InnerHandler = new Canned(status, body),
            })
            { BaseAddress = new Uri("http://localhost") };
            using var content = new StringContent(requestBody, System.Text.Encoding.UTF8, "application/json");
            return await Assert.ThrowsAsync<ContractViolationException>(() => client.PostAsync(path, content));
        }

        var undocumented = await Refused(HttpStatusCode.RedirectKeepVerb, "", "{}");
        Assert.Contains("307 is not documented", undocumented.Message);
        var wrongBody = await Refused(HttpStatusCode.Created, "{\"unexpected\": true}", "{}");
        Assert.Contains(create.Id, wrongBody.Message);
        Assert.Contains("response /", wrongBody.Message);
        var badRequest = await Refused(HttpStatusCode.Created, create.Definition["responses"]!["201"]!["content"]!["application/json"]!["example"]!.ToJsonString(), "[1, 2, 3]");
        Assert.Contains("request /", badRequest.Message);

        // The generated examples are what a client would send and get: the check accepts them.
        Assert.Empty(contract.Validate($"{create.Pointer}/requestBody/content/application~1json/schema",
            JsonDocument.Parse(create.Definition["requestBody"]!["content"]!["application/json"]!["example"]!.ToJsonString()).RootElement));
    }

    [Fact]
    public void Event_catalogue_lists_exactly_the_values_of_the_domain_enums_this_service_publishes()
    {
        // docs/asyncapi.yaml names the enum behind each kebab-case string of an event (x-enum-type); the publishers write
        // KebabCase.Name(value) of that enum, so the lists must be equal: no value partners cannot receive, none missing.
        var assembly = typeof(TProgram).Assembly;
        var checkedFields = 0;
        foreach (var (schemaName, schema) in EventCatalogue.Document["components"]!["schemas"]!.AsObject())
        {
            foreach (var (field, property) in schema!["properties"]?.AsObject() ?? [])
            {
                if (property!["x-enum-type"]?.GetValue<string>() is not { } typeName || assembly.GetType(typeName) is not { } enumType) continue;
                var expected = Enum.GetNames(enumType).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)).ToArray();
                var documented = property["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
                Assert.True(expected.SequenceEqual(documented),
                    $"docs/asyncapi.yaml {schemaName}.{field}: [{string.Join(", ", documented)}] but {enumType.Name} is [{string.Join(", ", expected)}]");
                checkedFields++;
            }
        }
        Assert.True(checkedFields > 0, $"no event field of docs/asyncapi.yaml names an enum of {assembly.GetName().Name}");
    }

    private sealed class Canned(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                Headers = { Location = status == HttpStatusCode.Created ? new Uri("/x", UriKind.Relative) : null },
            });
    }
}
