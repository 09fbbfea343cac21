using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CrampBot.Deployment.Tests;

/// <summary>
/// CrampBot's build output run as App Service runs it: <c>dotnet CrampBot.dll</c> in the app's folder, with the app
/// settings as its only environment variables, plus what the platform itself sets (the address to listen on) and what
/// dotnet needs to run. Killed at the end.
/// </summary>
internal sealed partial class CrampBotProcess : IAsyncDisposable
{
    // Only a guard against a hung run; no assertion depends on time.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);
    private static readonly string[] DotnetVariables = ["PATH", "HOME", "DOTNET_ROOT", "TMPDIR"];

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CrampBotProcess(Process process) => _process = process;

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();

    /// <summary>Everything the app printed so far (its console log).</summary>
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

    public static CrampBotProcess Start(string appDirectory, IReadOnlyDictionary<string, string> appSettings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(appDirectory, "CrampBot.dll") },
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var name in DotnetVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        // App Service tells the app where to listen; port 0 lets the OS pick a free one, which the log then names.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in appSettings)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new CrampBotProcess(process);
        process.OutputDataReceived += (_, line) => app.Append(line.Data);
        process.ErrorDataReceived += (_, line) => app.Append(line.Data);
        process.Exited += (_, _) => app._listening.TrySetException(
            new InvalidOperationException($"CrampBot exited before listening:\n{app.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
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
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
