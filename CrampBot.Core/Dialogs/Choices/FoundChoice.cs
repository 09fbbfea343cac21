namespace CrampBot.Dialogs.Choices;

/// <summary>The choice recognised in the user's input.</summary>
public sealed class FoundChoice
{
    /// <summary>The <see cref="Choice.Value"/> of the choice.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The choice's position in the offered list, from 0.</summary>
    public int Index { get; set; }

    /// <summary>Confidence from 0 to 1: 1 for an exact match or a number/ordinal, less for partial or misspelt matches.</summary>
    public double Score { get; set; }

    /// <summary>The value, title or synonym that matched (or the number/ordinal typed).</summary>
    public string? Synonym { get; set; }
}
