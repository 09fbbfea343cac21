namespace CrampBot.Content;

/// <summary>The content file is broken; thrown at startup so a bad file never reaches a patient.</summary>
public sealed class ContentValidationException(IReadOnlyList<string> problems)
    : Exception("The CrampBot content file is invalid:" + Environment.NewLine + "  - " +
                string.Join(Environment.NewLine + "  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
