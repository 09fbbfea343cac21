using System.Text.RegularExpressions;

namespace CrampBot.Deployment.Tests;

/// <summary>
/// Reads Bicep CLI output. Bicep exits 0 on warnings, including type errors such as BCP037 (property not allowed)
/// and BCP081 (no types for an API version), so the printed diagnostics are what decide pass or fail.
/// </summary>
internal static partial class BicepDiagnosticParser
{
    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:\s]+): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    public static IReadOnlyList<BicepDiagnostic> Parse(string output) =>
        DiagnosticLine().Matches(output)
            .Select(match => new BicepDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["level"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value.TrimEnd('\r')))
            .ToList();

    /// <summary>Lines that mention a level word but do not parse: a changed output format must not pass silently.</summary>
    public static IReadOnlyList<string> UnparsedProblemLines(string output) =>
        output.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => (line.Contains("Error", StringComparison.Ordinal) || line.Contains("Warning", StringComparison.Ordinal))
                           && !DiagnosticLine().IsMatch(line))
            .ToList();
}
