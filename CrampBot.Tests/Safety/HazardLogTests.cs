using System.Reflection;
using System.Text.RegularExpressions;

namespace CrampBot.Tests.Safety;

/// <summary>The hazard log's controls keep their proof: every test it names exists and is a test.</summary>
public sealed partial class HazardLogTests
{
    private static readonly string Log = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Safety", "hazard-log.md"));

    [GeneratedRegex(@"`(?<type>[A-Z][A-Za-z]+)\.(?<method>[A-Z][A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    [Fact]
    public void Every_test_the_hazard_log_names_exists()
    {
        var named = TestName().Matches(Log).Select(m => (Type: m.Groups["type"].Value, Method: m.Groups["method"].Value)).ToList();
        Assert.True(named.Count >= 20, $"the hazard log names only {named.Count} tests");
        var tests = typeof(HazardLogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => (Type: t.Name, Method: m)))
            .Where(t => t.Method.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(t => (t.Type, t.Method.Name))
            .ToHashSet();
        Assert.All(named, name => Assert.True(tests.Contains(name), $"the hazard log names {name.Type}.{name.Method}, which is not a test"));
    }

    [Fact]
    public void Every_hazard_has_causes_or_a_measure_and_controls()
    {
        var hazards = Regex.Split(Log, @"^## ", RegexOptions.Multiline).Skip(1).ToList();
        Assert.True(hazards.Count >= 8, $"{hazards.Count} hazards");
        Assert.All(hazards, hazard => Assert.True(
            hazard.Contains("**Controls.**", StringComparison.Ordinal) || hazard.Contains("(accepted)", StringComparison.Ordinal),
            $"hazard without controls: {hazard.Split('\n')[0]}"));
    }
}
