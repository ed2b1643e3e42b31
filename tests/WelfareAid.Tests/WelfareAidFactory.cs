using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>The WelfareAid service on its own database and vhost, shared by the tests of one class.</summary>
public sealed class WelfareAidFactory() : ServiceFactory<Program>(PlatformResources.WelfareAid.Database);
