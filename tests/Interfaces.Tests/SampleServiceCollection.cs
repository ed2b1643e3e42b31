using LabourWelfare.Interfaces.Tests.Sample;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>One sample service (one database) shared by the HTTP test classes, to save start-ups.</summary>
[CollectionDefinition(Name)]
public sealed class SampleServiceCollection : ICollectionFixture<SampleService>
{
    public const string Name = "sample service";
}
