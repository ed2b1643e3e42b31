using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace LabourWelfare.TestSupport;

/// <summary>
/// A loopback TCP proxy in front of a real server (RabbitMQ or PostgreSQL). <see cref="Cut"/> closes every
/// connection and refuses new ones, as a broker or database outage looks to the client; <see cref="Restore"/>
/// accepts again on the same port. Only this test's service is affected, so tests keep running in parallel.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Upstream)> _connections = new();
    private TcpListener? _listener;
    private CancellationTokenSource _accepting = new();

    public TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public bool IsCut => _listener is null;

    public void Restore()
    {
        if (_listener is not null) return;
        _accepting = new CancellationTokenSource();
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptLoopAsync(listener, _accepting.Token);
    }

    public void Cut()
    {
        var listener = _listener;
        _listener = null;
        _accepting.Cancel();
        listener?.Stop();
        foreach (var (id, pair) in _connections)
        {
            pair.Client.Close();
            pair.Upstream.Close();
            _connections.TryRemove(id, out _);
        }
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch
            {
                return;
            }
            _ = PipeAsync(client, cancellationToken);
        }
    }

    private async Task PipeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var upstream = new TcpClient();
        var id = Guid.NewGuid();
        try
        {
            await upstream.ConnectAsync(_targetHost, _targetPort, cancellationToken);
            _connections[id] = (client, upstream);
            var a = client.GetStream().CopyToAsync(upstream.GetStream(), cancellationToken);
            var b = upstream.GetStream().CopyToAsync(client.GetStream(), cancellationToken);
            await Task.WhenAny(a, b);
        }
        catch
        {
            // connection closed by either side or by Cut()
        }
        finally
        {
            _connections.TryRemove(id, out _);
            client.Close();
            upstream.Close();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
