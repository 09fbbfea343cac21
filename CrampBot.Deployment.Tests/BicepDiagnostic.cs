namespace CrampBot.Deployment.Tests;

/// <summary>One diagnostic printed by the Bicep CLI, e.g. "main.bicep(8,5) : Warning BCP037: The property ...".</summary>
internal sealed record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}({Line},{Column}) {Level} {Code}: {Message}";
}
