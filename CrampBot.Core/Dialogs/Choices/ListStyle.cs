namespace CrampBot.Dialogs.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>The best the channel supports (see <see cref="ChoiceFactory.ResolveStyle"/>).</summary>
    Auto,

    /// <summary>Quick-reply buttons under the message.</summary>
    SuggestedAction,

    /// <summary>A hero card with a button per choice.</summary>
    HeroCard,

    /// <summary>Inline text: "(1) a, (2) b, or (3) c".</summary>
    Inline,

    /// <summary>A numbered list, one choice a line.</summary>
    List,

    /// <summary>Choices are not shown.</summary>
    None,
}
