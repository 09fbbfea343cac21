namespace CrampBot.Deployment.Tests;

/// <summary>Turns a Bicep CLI run into a list of problems: a non-zero exit, any diagnostic, any unparsed warning line.</summary>
internal static class BicepChecks
{
    public static IReadOnlyList<string> Problems(ProcessResult result)
    {
        var problems = new List<string>();
        if (result.ExitCode != 0)
        {
            problems.Add($"bicep exited with {result.ExitCode}");
        }
        // Diagnostics go to stderr; stdout holds the compiled JSON, which must not be scanned for words.
        problems.AddRange(BicepDiagnosticParser.Parse(result.StandardError).Select(diagnostic => diagnostic.ToString()));
        problems.AddRange(BicepDiagnosticParser.UnparsedProblemLines(result.StandardError).Select(line => $"unparsed: {line}"));
        return problems;
    }

    public static void AssertClean(ProcessResult result)
    {
        var problems = Problems(result);
        Assert.True(problems.Count == 0, "Bicep reported:\n" + string.Join('\n', problems));
    }
}
