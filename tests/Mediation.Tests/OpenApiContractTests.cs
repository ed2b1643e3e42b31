using LabourWelfare.TestSupport.Contracts;
using Xunit.Abstractions;

namespace LabourWelfare.Mediation.Tests;

/// <summary>The service's OpenAPI document against the platform's rules and Redocly (see ServiceContractTests).</summary>
public sealed class OpenApiContractTests(MediationFactory service, ITestOutputHelper output)
    : ServiceContractTests<Program>(service, "mediation", output), IClassFixture<MediationFactory>;
