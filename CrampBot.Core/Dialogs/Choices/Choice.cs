using CrampBot.Protocol;

namespace CrampBot.Dialogs.Choices;

/// <summary>An option offered by a prompt: the value returned when picked, an optional button, and other words for it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length > 0 ? [.. synonyms] : null;
    }

    /// <summary>The value returned in <see cref="FoundChoice.Value"/>; also the button's title unless <see cref="Action"/> says otherwise.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button to render instead of the default imBack of <see cref="Value"/>; its title is also recognised.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words the user may type for this choice.</summary>
    public List<string>? Synonyms { get; set; }
}
