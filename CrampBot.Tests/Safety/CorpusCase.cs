namespace CrampBot.Tests.Safety;

/// <summary>One row of the red-flag corpus: what the patient writes, where in the conversation, and what must follow.</summary>
public sealed record CorpusCase(string Expected, string Context, string Category, string Text, int Line)
{
    public override string ToString() => $"{Line}: [{Expected}/{Context}] {Text}";
}
