using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>The Cooperatives service on its own database and vhost, shared by the tests of one class.</summary>
public sealed class CooperativesFactory() : ServiceFactory<Program>(PlatformResources.Cooperatives.Database);
