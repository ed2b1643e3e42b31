using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Inspections.Tests;

/// <summary>The Inspections service on its own database and vhost, shared by the tests of one class.</summary>
public sealed class InspectionsFactory() : ServiceFactory<Program>(PlatformResources.Inspections.Database);
