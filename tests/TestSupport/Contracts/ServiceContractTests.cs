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
            }) { BaseAddress = new Uri("http://localhost") };
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
