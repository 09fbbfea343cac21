using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CrampBot.TestKit;

/// <summary>
/// A real CrampBot process: <c>dotnet CrampBot.dll</c> on a free loopback port (port 0; the address is read from the
/// app's "Now listening on" line), its output kept for failure messages. Started two ways:
/// <see cref="StartAsync"/> as the scale tests run it (the app's own build output, settings as environment variables,
/// <c>Storage:Provider</c> → <c>Storage__Provider</c>; returns once <c>/readyz</c> answers 200), and
/// <see cref="StartDeployed"/> as App Service runs it (a deployed app folder, the app settings as its only environment;
/// returns at once, for a test that waits for it to listen or to exit). <see cref="KillAsync"/> is SIGKILL (no shutdown
/// code runs); disposing kills it too.
/// </summary>
public sealed partial class CrampBotProcess : IAsyncDisposable
{
    // Only a guard against a hung run; no assertion depends on time.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    // What dotnet needs to run when the environment is otherwise only the app settings.
    private static readonly string[] DotnetVariables = ["PATH", "HOME", "DOTNET_ROOT", "TMPDIR"];

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

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234/</c>, once it says so.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>True once the process ended (killed, crashed or stopped by itself).</summary>
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
    public static async Task<CrampBotProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken = default)
    {
        var start = StartInfo(FindApp());
        // "Urls" (not ASPNETCORE_URLS): the app's appsettings.json names a port, and only app configuration overrides it.
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var bot = Launch(start, name);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Guard);
            await bot._listening.Task.WaitAsync(timeout.Token);
            await bot.WaitUntilReadyAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException)
        {
            await bot.DisposeAsync();
            throw new InvalidOperationException($"CrampBot {name} did not become ready:\n{bot.Output}", exception);
        }
        return bot;
    }

    /// <summary>
    /// Starts the build output in <paramref name="appDirectory"/> as App Service runs it: in that folder, with
    /// <paramref name="appSettings"/> (named as environment variables) as its only environment besides what dotnet needs
    /// and the address the platform gives it. Returns at once: wait with <see cref="ListeningAsync"/>, or with
    /// <see cref="ExitCodeAsync"/> for an app expected to stop by itself.
    /// </summary>
    public static CrampBotProcess StartDeployed(string name, string appDirectory, IReadOnlyDictionary<string, string> appSettings)
    {
        var start = StartInfo(Path.Combine(appDirectory, "CrampBot.dll"));
        start.Environment.Clear();
        foreach (var variable in DotnetVariables)
        {
            if (Environment.GetEnvironmentVariable(variable) is { } value)
            {
                start.Environment[variable] = value;
            }
        }
        // App Service tells the app where to listen; port 0 lets the OS pick a free one, which the log then names.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (variable, value) in appSettings)
        {
            start.Environment[variable] = value;
        }
        return Launch(start, name);
    }

    /// <summary>The address the app listens on, once it says so; fails if it exits first.</summary>
    public Task<Uri> ListeningAsync() => _listening.Task.WaitAsync(Guard);

    /// <summary>Waits for the app to stop by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        await _process.WaitForExitAsync(guard.Token);
        return _process.ExitCode;
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

    private static ProcessStartInfo StartInfo(string app)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        return start;
    }

    // Starts the process, its output read line by line into Output and watched for the listening address.
    private static CrampBotProcess Launch(ProcessStartInfo start, string name)
    {
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new CrampBotProcess(process, name);
        process.OutputDataReceived += (_, line) => bot.Append(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Append(line.Data);
        process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException($"CrampBot {name} exited before listening:\n{bot.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
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
            var address = new Uri(match.Groups[1].Value.TrimEnd('/') + "/");
            BaseAddress = address;
            _listening.TrySetResult(address);
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
