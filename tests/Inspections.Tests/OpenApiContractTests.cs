using LabourWelfare.TestSupport.Contracts;
using Xunit.Abstractions;

namespace LabourWelfare.Inspections.Tests;

/// <summary>The service's OpenAPI document against the platform's rules and Redocly (see ServiceContractTests).</summary>
public sealed class OpenApiContractTests(InspectionsFactory service, ITestOutputHelper output)
    : ServiceContractTests<Program>(service, "inspections", output), IClassFixture<InspectionsFactory>;
