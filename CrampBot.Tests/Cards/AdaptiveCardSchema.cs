using System.Text.Json;
using Json.Schema;

namespace CrampBot.Tests.Cards;

/// <summary>The official Adaptive Card 1.5 JSON schema, evaluated with JsonSchema.Net's draft-06 dialect.</summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>
    /// The schema's errors for a card, empty when it is valid. The Teams-only top-level <c>msteams</c> is removed
    /// first: Teams reads it, but the schema's top level forbids unknown properties.
    /// </summary>
    public static IReadOnlyList<string> Errors(JsonNode card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        using var document = JsonDocument.Parse(copy.ToJsonString());
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return [.. Failures(results)];
    }

    /// <summary>
    /// Errors of failing nodes only: a passing <c>anyOf</c> keeps the errors of its other branches (a TextBlock is
    /// not an Image), which are no fault of the card, so valid subtrees are not descended into.
    /// </summary>
    private static IEnumerable<string> Failures(EvaluationResults node) =>
        node.IsValid
            ? []
            : (node.Errors ?? new Dictionary<string, string>())
                .Select(e => $"{node.InstanceLocation} ({node.EvaluationPath}): {e.Key}: {e.Value}")
                .Concat((node.Details ?? []).SelectMany(Failures));

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cards", "adaptive-card-1.5.schema.json");
        return JsonSchema.FromFile(path, new BuildOptions { Dialect = Dialect.Draft06 });
    }
}
