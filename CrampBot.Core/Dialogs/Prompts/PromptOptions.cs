using System.Text.Json.Nodes;
using CrampBot.Dialogs.Choices;
using CrampBot.Protocol;

namespace CrampBot.Dialogs.Prompts;

/// <summary>What a prompt asks and how: persisted with the prompt, so everything here must be plain data.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that was not recognised or not valid.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; null uses the prompt's own style (default <see cref="ListStyle.Auto"/>).</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Free data for validators (e.g. a range), reachable as <see cref="PromptValidatorContext{T}.Options"/>.</summary>
    public JsonNode? Validations { get; set; }

    /// <summary>
    /// After this many failed attempts the prompt gives up and ends with a null result ("no answer"); null means it
    /// asks until answered.
    /// </summary>
    public int? MaxAttempts { get; set; }
}
