namespace CrampBot.Content;

/// <summary>The content file as written: the shape <c>leg-cramps.content.json</c> deserialises to.</summary>
public sealed record ContentDocument
{
    public required ContentMetadata Metadata { get; init; }
    public required IReadOnlyList<string> MenuTopicIds { get; init; }
    public required IReadOnlyList<SafetyRule> SafetyRules { get; init; }
    public required ContentMessages Messages { get; init; }

    /// <summary>Message name (camelCase, as in JSON) → the safety rules its advice relies on.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MessageSafetyRules { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    public required TriageContent Triage { get; init; }

    /// <summary>The emergency and same-day signs, each with its source.</summary>
    public required IReadOnlyList<ClinicalSign> Signs { get; init; }

    /// <summary>Topics whose answer ends with the safety-net line ("are leg cramps serious?", pregnancy).</summary>
    public IReadOnlyList<string> SafetyNetTopicIds { get; init; } = [];
    public required IReadOnlyList<RiskFactor> RiskFactors { get; init; }
    public required IReadOnlyList<Medicine> Medicines { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
}
