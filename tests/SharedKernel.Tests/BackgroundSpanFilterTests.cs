using System.Diagnostics;
using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.SharedKernel.Tests;

/// <summary>The outbox relay's idle polling must not fill the dashboard's trace list; traced work keeps its spans.</summary>
public sealed class BackgroundSpanFilterTests
{
    [Fact]
    public void A_database_command_outside_any_trace_is_not_recorded_and_one_inside_a_trace_is()
    {
        using var database = new ActivitySource(BackgroundSpanFilter.DatabaseSource);
        using var request = new ActivitySource("test-request");
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var filter = new BackgroundSpanFilter();

        using (var polling = database.StartActivity("SELECT outbox"))
        {
            filter.OnStart(polling!);
            Assert.False(polling!.Recorded, "a background poll was kept");
        }

        using var traced = request.StartActivity("POST /api/cooperatives");
        using var insert = database.StartActivity("INSERT cooperative");
        filter.OnStart(insert!);
        Assert.True(insert!.Recorded, "a command of a traced request was dropped");
    }
}
