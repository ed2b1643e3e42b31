using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Mediation.Tests;

/// <summary>The Mediation service on its own database and vhost, shared by the tests of one class.</summary>
public sealed class MediationFactory() : ServiceFactory<Program>(PlatformResources.Mediation.Database);
