using System.Net;
using System.Net.Sockets;

namespace CrampBot.TestKit;

/// <summary>Loopback ports chosen by the OS (port 0), so parallel test runs never collide on a fixed one.</summary>
public static class LoopbackPort
{
    /// <summary>
    /// A port free on 127.0.0.1 when asked: for a server a test starts on it, or, left unbound, for an address where
    /// every connection is refused at once.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
