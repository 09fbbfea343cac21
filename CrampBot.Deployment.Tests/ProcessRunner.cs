using System.Diagnostics;

namespace CrampBot.Deployment.Tests;

/// <summary>Runs a command-line tool (bicep, node, the packaging script) and captures its output.</summary>
internal static class ProcessRunner
{
    // Not a timing assertion: a ceiling so a hung tool fails the test instead of hanging the whole run.
    private static readonly TimeSpan HangCeiling = TimeSpan.FromMinutes(5);

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            // A null value removes the variable from the child's environment.
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {fileName}");
        using var hang = new CancellationTokenSource(HangCeiling);
        var stdout = process.StandardOutput.ReadToEndAsync(hang.Token);
        var stderr = process.StandardError.ReadToEndAsync(hang.Token);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {HangCeiling}");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
