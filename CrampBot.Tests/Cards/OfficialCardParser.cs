using System.Diagnostics;
using System.Text.Json;

namespace CrampBot.Tests.Cards;

/// <summary>
/// Runs the official <c>adaptivecards</c> parser (CrampBot.Tests/CardValidation/validate-card.js) in Node on card
/// files and returns what it reported for each.
/// </summary>
public static class OfficialCardParser
{
    public sealed record ParserEvent(string Phase, string Event, string Message);

    private sealed record SourceResult(string Source, List<ParserEvent> Events);

    /// <summary>Writes each card to a temporary file, parses them all in one Node run, and returns events by name.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<ParserEvent>>> ParseAsync(IReadOnlyDictionary<string, string> cardJsonByName)
    {
        var folder = Directory.CreateTempSubdirectory("crampbot-cards-");
        try
        {
            var nameByPath = new Dictionary<string, string>();
            foreach (var (name, json) in cardJsonByName)
            {
                var path = Path.Combine(folder.FullName, name + ".json");
                await File.WriteAllTextAsync(path, json);
                nameByPath[path] = name;
            }

            var output = await RunNodeAsync([.. nameByPath.Keys]);
            var results = JsonSerializer.Deserialize<List<SourceResult>>(output, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException("validate-card.js printed nothing.");
            return results.ToDictionary(r => nameByPath[r.Source], r => (IReadOnlyList<ParserEvent>)r.Events);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunNodeAsync(IEnumerable<string> paths)
    {
        var script = FindScript();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        start.ArgumentList.Add(script);
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        // 0 = no events, 1 = events (reported in stdout); anything else means the tool itself failed,
        // e.g. node_modules missing because test.sh's npm step did not run.
        if (node.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-card.js exited with {node.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "CrampBot.Tests", "CardValidation", "validate-card.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("CrampBot.Tests/CardValidation/validate-card.js not found above the test binaries.");
    }
}
