using LabourWelfare.TestSupport.Contracts;
using Xunit.Abstractions;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>The service's OpenAPI document against the platform's rules and Redocly (see ServiceContractTests).</summary>
public sealed class OpenApiContractTests(WelfareAidFactory service, ITestOutputHelper output)
    : ServiceContractTests<Program>(service, "welfareaid", output), IClassFixture<WelfareAidFactory>;
