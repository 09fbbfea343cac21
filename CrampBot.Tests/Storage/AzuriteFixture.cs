using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace CrampBot.Tests.Storage;

/// <summary>
/// A real Azurite Blob service (<c>azurite-blob</c> from CrampBot.Tests/Azurite, installed by test.sh with <c>npm ci</c>)
/// on a free loopback port with a temporary data folder, started once for the <see cref="AzuriteCollection"/> and
/// stopped (its folder removed) after it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account (public, documented by Microsoft; not a secret).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    // A guard against a hung start, not a timing: node starts slowly on a busy machine (seen: over a minute).
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string _location = Path.Combine(Path.GetTempPath(), "crampbot-azurite-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _azurite;

    /// <summary>The connection string of the running emulator.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>A client of a fresh, uniquely named container (not yet created: the storage creates it).</summary>
    public BlobContainerClient NewContainer() =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient("test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app settings that keep CrampBot's state in <paramref name="containerName"/> (by default a fresh one) on this emulator.</summary>
    public Dictionary<string, string?> AppSettings(string? containerName = null) => new()
    {
        ["Storage:Provider"] = "Blob",
        ["Storage:Blob:ConnectionString"] = ConnectionString,
        ["Storage:Blob:ContainerName"] = containerName ?? NewContainer().Name,
    };

    public async Task InitializeAsync()
    {
        var script = FindScript();
        var port = LoopbackPort.Free();
        Directory.CreateDirectory(_location);
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", _location, "--skipApiVersionCheck", "--loose", "--silent",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _azurite = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        _azurite.OutputDataReceived += (_, e) => Append(e.Data);
        _azurite.ErrorDataReceived += (_, e) => Append(e.Data);
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();

        // Ready when the port accepts a connection; fail at once if the process dies, or after the timeout.
        var deadline = Stopwatch.StartNew();
        while (!await AcceptsAsync(port))
        {
            if (_azurite.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {_azurite.ExitCode}: {Output()}");
            }
            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{port} within {StartTimeout}: {Output()}");
            }
            await Task.Delay(50);
        }
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            if (!_azurite.HasExited)
            {
                _azurite.Kill(entireProcessTree: true);
                await _azurite.WaitForExitAsync();
            }
            _azurite.Dispose();
        }
        if (Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "CrampBot.Tests", "Azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("azurite-blob not found: run ./test.sh (npm ci in CrampBot.Tests/Azurite).");
    }
}

/// <summary>The tests that share one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
