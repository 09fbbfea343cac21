namespace CrampBot.Content;

/// <summary>A published source a safety rule is taken from.</summary>
public sealed record SafetyRuleSource
{
    public required string Title { get; init; }
    public required string Url { get; init; }

    /// <summary>True for a passage of the leaflet itself (<c>leaflet:</c> URL): a source list names the leaflet once.</summary>
    public bool IsLeaflet => Url.StartsWith("leaflet:", StringComparison.Ordinal);

    /// <summary>
    /// The page's name for a short source list: the title up to its first comma or explanatory parenthesis
    /// ("NHS: Chest pain, when to get emergency help" → "NHS: Chest pain"; "(DVT)" is kept, being part of the name).
    /// </summary>
    public string ShortTitle
    {
        get
        {
            var comma = Title.IndexOf(", ", StringComparison.Ordinal);
            var name = comma > 0 ? Title[..comma] : Title;
            var aside = name.IndexOf(" (", StringComparison.Ordinal);
            return aside > 0 && name.IndexOf(' ', aside + 2) > 0 ? name[..aside] : name;
        }
    }
}
