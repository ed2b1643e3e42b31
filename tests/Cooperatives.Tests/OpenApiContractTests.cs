using LabourWelfare.TestSupport.Contracts;
using Xunit.Abstractions;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>The service's OpenAPI document against the platform's rules and Redocly (see ServiceContractTests).</summary>
public sealed class OpenApiContractTests(CooperativesFactory service, ITestOutputHelper output)
    : ServiceContractTests<Program>(service, "cooperatives", output), IClassFixture<CooperativesFactory>;
