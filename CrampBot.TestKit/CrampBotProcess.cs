using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CrampBot.TestKit;

/// <summary>
/// A real CrampBot process, as a deployment runs it: <c>dotnet CrampBot.dll</c> from the app's build output, settings
/// as environment variables (<c>Storage:Provider</c> → <c>Storage__Provider</c>), Kestrel on a free loopback port (port 0;
/// the address is read from the app's "Now listening on" line). <see cref="StartAsync"/> returns once <c>/readyz</c>
/// answers 200. <see cref="KillAsync"/> is SIGKILL (no shutdown code runs); disposing kills it too. The process's output is
/// kept for failure messages.
/// </summary>
public sealed partial class CrampBotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CrampBotProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    /// <summary>A name for messages ("A", "B").</summary>
    public string Name { get; }

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>True once the process ended (killed or crashed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (its logs: ids and events, never patient text).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the built app with <paramref name="settings"/> and waits until it is ready.</summary>
    public static async Task<CrampBotProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default)
    {
        var app = FindApp();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        // "Urls" (not ASPNETCORE_URLS): the app's appsettings.json names a port, and only app configuration overrides it.
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new CrampBotProcess(process, name);
        process.OutputDataReceived += (_, line) => bot.Append(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Append(line.Data);
        process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException($"CrampBot {name} exited before listening:\n{bot.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            bot.BaseAddress = await bot._listening.Task.WaitAsync(timeout.Token);
            await bot.WaitUntilReadyAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException)
        {
            await bot.DisposeAsync();
            throw new InvalidOperationException($"CrampBot {name} did not become ready:\n{bot.Output}", exception);
        }
        return bot;
    }

    /// <summary>A client of this process (dispose it).</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Polls <c>/readyz</c> until it answers 200.</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken = default) => WaitForReadinessAsync(HttpStatusCode.OK, cancellationToken);

    /// <summary>Polls <c>/readyz</c> until it answers 503 (a dependency is down).</summary>
    public Task WaitUntilNotReadyAsync(CancellationToken cancellationToken = default) => WaitForReadinessAsync(HttpStatusCode.ServiceUnavailable, cancellationToken);

    /// <summary>SIGKILL: the process ends at once, whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitForReadinessAsync(HttpStatusCode wanted, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"CrampBot {Name} exited:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync("/readyz", cancellationToken);
                if (response.StatusCode == wanted)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
        }
    }

    /// <summary>The app's own build output (its appsettings, wwwroot and content root), built with the tests' configuration.</summary>
    private static string FindApp()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = output.Parent?.Name ?? "Release";
        var framework = output.Name;
        if (Repository.Root is { } root)
        {
            var built = Path.Combine(root.FullName, "CrampBot", "bin", configuration, framework, "CrampBot.dll");
            if (File.Exists(built))
            {
                return built;
            }
        }
        var copied = Path.Combine(AppContext.BaseDirectory, "CrampBot.dll");
        return File.Exists(copied) ? copied : throw new FileNotFoundException("CrampBot.dll not found: build CrampBot first.");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
