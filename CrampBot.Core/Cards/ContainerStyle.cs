namespace CrampBot.Cards;

/// <summary>Background style of a container; hosts choose the colours.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
