namespace LabourWelfare.Gateway;

/// <summary>
/// Host settings for a process that only forwards requests. A profile of the gateway under load (eng/bench-gateway.sh
/// --profile, docs/benchmarks.md) showed most of its CPU in thread switches and thread-pool spinning, not in its own
/// code: every request hopped from the socket thread to a pool thread and back, twice (client side, service side).
/// </summary>
public static class ForwardingHost
{
    public static WebApplicationBuilder UseForwardingHost(this WebApplicationBuilder builder)
    {
        // Run the (fully asynchronous, short) request pipeline on the thread that read the request instead of queueing
        // it to the thread pool. Safe here because nothing in the gateway blocks; the services keep the default.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        // The sockets under HttpClient (the services' answers) complete inline too, as Kestrel's documentation of this
        // option recommends, when the process has DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1: a process-wide runtime
        // setting, so the AppHost gives it to the gateway's process (never to a test process hosting the gateway).
        return builder;
    }
}
