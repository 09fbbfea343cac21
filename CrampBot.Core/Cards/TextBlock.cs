namespace CrampBot.Cards;

/// <summary>A block of text (a subset of markdown is rendered).</summary>
public sealed class TextBlock : AdaptiveElement
{
    public TextBlock(string text) => Text = text;

    public string Text { get; set; }

    public TextSize? Size { get; set; }

    public TextWeight? Weight { get; set; }

    public TextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    /// <summary>True lets long text wrap instead of being cut off; set it for every sentence a patient must read.</summary>
    public bool? Wrap { get; set; }

    /// <summary><see cref="TextBlockStyle.Heading"/> marks the text as a heading for screen readers (schema 1.5).</summary>
    public TextBlockStyle? Style { get; set; }

    /// <summary>A wrapped heading: heading style and bold, large unless <paramref name="size"/> says otherwise, in <paramref name="color"/> when given.</summary>
    public static TextBlock Heading(string text, TextSize size = TextSize.Large, TextColor? color = null) => new(text)
    {
        Style = TextBlockStyle.Heading,
        Size = size,
        Weight = TextWeight.Bolder,
        Color = color,
        Wrap = true,
    };

    /// <summary>A wrapped paragraph.</summary>
    public static TextBlock Paragraph(string text) => new(text) { Wrap = true };
}
