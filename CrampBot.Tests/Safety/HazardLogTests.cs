using System.Text.RegularExpressions;

namespace CrampBot.Tests.Safety;

/// <summary>The hazard log's controls keep their proof: every test it names exists and is a test.</summary>
public sealed partial class HazardLogTests
{
    private static readonly string Log = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Safety", "hazard-log.md"));

    [GeneratedRegex(@"`(?<type>[A-Z][A-Za-z]+)\.(?<method>[A-Z][A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^[ \t]*(?:(?:public|internal|private|sealed|static|abstract|partial)\s+)*(?:class|record)\s+(?<type>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\[(?:Fact|Theory)\b[^\]\n]*\]\s*(?:\[[^\n]*\]\s*)*public\s+(?:async\s+)?[\w<>?]+\s+(?<method>\w+)\s*\(")]
    private static partial Regex TestMethod();

    [Fact]
    public void Every_test_the_hazard_log_names_exists()
    {
        var named = TestName().Matches(Log).Select(m => (Type: m.Groups["type"].Value, Method: m.Groups["method"].Value)).ToList();
        Assert.True(named.Count >= 20, $"the hazard log names only {named.Count} tests");
        var tests = TestsOfEveryTestProject();
        Assert.All(named, name => Assert.True(tests.Contains(name), $"the hazard log names {name.Type}.{name.Method}, which is not a test"));
    }

    /// <summary>
    /// Every [Fact] and [Theory] in the sources of the repository's test projects (the log names tests of
    /// CrampBot.Tests and of CrampBot.Browser.Tests, which are built into different assemblies), by class and method.
    /// </summary>
    private static HashSet<(string Type, string Method)> TestsOfEveryTestProject()
    {
        var root = Repository.Root ?? throw new InvalidOperationException("CrampBot.sln not found above the test output: run the tests in the repository.");
        var sources = root.EnumerateDirectories("*.Tests")
            .SelectMany(project => project.EnumerateFiles("*.cs", SearchOption.AllDirectories))
            .Where(file => !file.FullName.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj"]).Any());
        var tests = new HashSet<(string, string)>();
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source.FullName);
            var types = TypeDeclaration().Matches(text);
            foreach (Match test in TestMethod().Matches(text))
            {
                var type = types.LastOrDefault(t => t.Index < test.Index);
                if (type is not null)
                {
                    tests.Add((type.Groups["type"].Value, test.Groups["method"].Value));
                }
            }
        }
        return tests;
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
