using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace CrampBot.Tests.Storage;

/// <summary>
/// A real redis-server of its own for the tests: a free loopback port, a temp working dir, no persistence. Started once
/// for the <see cref="RedisCollection"/>, ready when PING answers, stopped at the end. <c>./test.sh</c> installs
/// Debian's redis-server when it is missing. A <see cref="Durable"/> server (one a test creates for itself) writes every
/// command to its append-only file, so <see cref="StopAsync"/> (SIGKILL) and <see cref="RestartAsync"/> on the same port
/// keep the data, as a real outage and recovery would.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string ServerPath = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _directory = new();
    private Process? _process;
    private ConnectionMultiplexer? _connection;

    public int Port { get; private set; }

    /// <summary>Keep the data across <see cref="StopAsync"/> and <see cref="RestartAsync"/> (append-only file, fsync always).</summary>
    public bool Durable { get; init; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>A connection the tests share (the server's one client besides the hosts').</summary>
    public IConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("The Redis server is not started.");

    /// <summary>A key prefix no other test uses, so tests sharing the server never see each other's documents.</summary>
    public static string UniquePrefix() => $"test-{Guid.NewGuid():N}:";

    /// <summary>The app settings that keep CrampBot's state on this server, under a fresh key prefix.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Storage:Provider"] = "Redis",
        ["Storage:Redis:Configuration"] = Configuration,
        ["Storage:Redis:KeyPrefix"] = UniquePrefix(),
    };

    public async Task InitializeAsync()
    {
        if (!File.Exists(ServerPath))
        {
            throw new InvalidOperationException($"{ServerPath} is missing: run ./test.sh, or apt-get install -y redis-server.");
        }
        Directory.CreateDirectory(_directory.Path);
        Port = LoopbackPort.Free();
        await StartProcessAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync(Configuration);
    }

    /// <summary>Kills the server (SIGKILL): clients lose their connections, the port stops answering.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port (with its data when <see cref="Durable"/>).</summary>
    public Task RestartAsync() => StartProcessAsync();

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo(ServerPath)
        {
            WorkingDirectory = _directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", _directory.Path, "--save", "", "--daemonize", "no", "--protected-mode", "yes",
            "--appendonly", Durable ? "yes" : "no", "--appendfsync", "always",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var output = new StringBuilder();
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Append(output, line.Data);
        _process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await AnswersPingAsync(Port))
        {
            if (_process.HasExited || deadline.Elapsed > StartTimeout)
            {
                string log;
                lock (output)
                {
                    log = output.ToString();
                }
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING (exited: {_process.HasExited}):\n{log}");
            }
            await Task.Delay(25);
        }
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }
        _directory.Dispose();
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static async Task<bool> AnswersPingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>The tests that share one <see cref="RedisServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
