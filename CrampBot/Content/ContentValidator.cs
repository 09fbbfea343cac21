using System.Text.RegularExpressions;

namespace CrampBot.Content;

/// <summary>Checks a content document's internal consistency; every problem found is reported, not just the first.</summary>
internal static partial class ContentValidator
{
    private static readonly string[] TriageChoiceIds = ["yes", "no", "notSure"];
    private static readonly (string Id, TriageLevel Level)[] Outcomes =
        [("emergency", TriageLevel.Emergency), ("urgent", TriageLevel.UrgentSameDay), ("selfCare", TriageLevel.SelfCare)];

    public static void Validate(ContentDocument doc, List<string> problems)
    {
        var topicIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in doc.Topics)
        {
            if (!topicIds.Add(topic.Id))
            {
                problems.Add($"topic '{topic.Id}' is defined twice");
            }
        }

        var ruleIds = doc.SafetyRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        ValidateMetadata(doc.Metadata, problems);
        ValidateSafetyRules(doc.SafetyRules, problems);
        ValidateMessages(doc, ruleIds, problems);
        ValidateTriage(doc.Triage, topicIds, ruleIds, problems);
        ValidateSigns(doc, problems);
        RequireKnown(doc.SafetyNetTopicIds, topicIds, "safetyNetTopicIds", "topic", problems);
        foreach (var topic in doc.Topics)
        {
            ValidateTopic(topic, doc.Metadata, topicIds, ruleIds, problems);
        }

        RequireKnown(doc.MenuTopicIds, topicIds, "menuTopicIds", "topic", problems);
        if (doc.MenuTopicIds.Count == 0)
        {
            problems.Add("menuTopicIds is empty");
        }

        RequireUniqueIds(doc.Medicines.Select(m => m.Id), "medicine", problems);
        foreach (var medicine in doc.Medicines)
        {
            RequireText(medicine.Name, $"medicine '{medicine.Id}'.name", problems);
            RequireKnown([medicine.TopicId], topicIds, $"medicine '{medicine.Id}'.topicId", "topic", problems);
            if (medicine.RecognizerSynonyms.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"medicine '{medicine.Id}' has an empty recognizer synonym");
            }
        }

        RequireUniqueIds(doc.RiskFactors.Select(r => r.Id), "risk factor", problems);
        foreach (var factor in doc.RiskFactors)
        {
            RequireText(factor.LeafletText, $"riskFactor '{factor.Id}'.leafletText", problems);
            RequireKnown([factor.TopicId], topicIds, $"riskFactor '{factor.Id}'.topicId", "topic", problems);
        }
    }

    private static void ValidateMetadata(ContentMetadata metadata, List<string> problems)
    {
        // MAJOR.MINOR.PATCH, compared as written with Content:ReviewedVersion.
        if (!VersionFormat().IsMatch(metadata.Version))
        {
            problems.Add($"metadata.version '{metadata.Version}' is not a version (MAJOR.MINOR.PATCH, e.g. 2.0.0)");
        }

        RequireText(metadata.SourceTitle, "metadata.sourceTitle", problems);
        RequireText(metadata.SourcePublisher, "metadata.sourcePublisher (\"not recorded\" when unknown)", problems);
        RequireText(metadata.SourceLicence, "metadata.sourceLicence (\"not recorded\" when unknown)", problems);
        RequireText(metadata.LastUpdatedText, "metadata.lastUpdatedText", problems);
        RequireText(metadata.DefaultEmergencyNumber, "metadata.defaultEmergencyNumber", problems);
        RequireText(metadata.DefaultOutOfHoursRoute, "metadata.defaultOutOfHoursRoute", problems);
        RequireText(metadata.ResearchPhrase, "metadata.researchPhrase", problems);
        RequireText(metadata.UnreviewedNotice, "metadata.unreviewedNotice", problems);
        RequireText(metadata.OverdueNotice, "metadata.overdueNotice", problems);
        // A reviewed answer must say who reviewed it and when, or "reviewed" is an empty claim.
        foreach (var placeholder in new[] { "{reviewer}", "{reviewedOn}" })
        {
            if (!metadata.ReviewedNotice.Contains(placeholder, StringComparison.Ordinal))
            {
                problems.Add($"metadata.reviewedNotice must name {placeholder}");
            }
        }
    }

    private static void ValidateSafetyRules(IReadOnlyList<SafetyRule> rules, List<string> problems)
    {
        RequireUniqueIds(rules.Select(r => r.Id), "safety rule", problems);
        foreach (var rule in rules)
        {
            RequireText(rule.Rule, $"safetyRule '{rule.Id}'.rule", problems);
            // A rule beyond the leaflet is only as good as its source: no source, no rule.
            if (rule.Sources.Count == 0)
            {
                problems.Add($"safetyRule '{rule.Id}' cites no source");
            }

            foreach (var source in rule.Sources)
            {
                RequireText(source.Title, $"safetyRule '{rule.Id}' source title", problems);
                RequireText(source.Url, $"safetyRule '{rule.Id}' source url", problems);
            }
        }
    }

    private static void ValidateMessages(ContentDocument doc, HashSet<string> ruleIds, List<string> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in doc.Messages.All())
        {
            names.Add(name);
            RequireText(text, $"messages.{name}", problems);
        }

        foreach (var (name, ids) in doc.MessageSafetyRules)
        {
            if (!names.Contains(name))
            {
                problems.Add($"messageSafetyRules names an unknown message '{name}'");
            }

            RequireKnown(ids, ruleIds, $"messageSafetyRules.{name}", "safety rule", problems);
        }
    }

    private static void ValidateTriage(TriageContent triage, HashSet<string> topicIds, HashSet<string> ruleIds, List<string> problems)
    {
        RequireText(triage.Intro, "triage.intro", problems);
        RequireText(triage.Question, "triage.question", problems);
        RequireText(triage.EmergencyButton, "triage.emergencyButton", problems);
        RequireText(triage.NotSureIntro, "triage.notSureIntro", problems);
        RequireChoices(triage.Choices, TriageChoiceIds, "triage.choices", problems);
        RequireText(triage.OtherSignsQuestion, "triage.otherSignsQuestion", problems);
        RequireChoices(triage.OtherSignsChoices, TriageChoiceIds, "triage.otherSignsChoices", problems);

        foreach (var (id, level) in Outcomes)
        {
            var matches = triage.Outcomes.Where(o => o.Id == id).ToList();
            if (matches.Count != 1)
            {
                problems.Add($"triage.outcomes must define '{id}' exactly once");
            }
            else if (matches[0].Level != level)
            {
                problems.Add($"triage outcome '{id}' must have level {level}");
            }
        }

        foreach (var outcome in triage.Outcomes)
        {
            var where = $"triage outcome '{outcome.Id}'";
            RequireText(outcome.Title, where + ".title", problems);
            RequireText(outcome.Text, where + ".text", problems);
            if (string.IsNullOrWhiteSpace(outcome.LeafletSection) && outcome.SafetyRuleIds.Count == 0)
            {
                problems.Add($"{where} has neither a leaflet section nor a safety rule behind it");
            }

            RequireKnown(outcome.SafetyRuleIds, ruleIds, where + ".safetyRuleIds", "safety rule", problems);
            RequireKnown(outcome.RelatedTopicIds, topicIds, where + ".relatedTopicIds", "topic", problems);
        }
    }

    private static void ValidateSigns(ContentDocument doc, List<string> problems)
    {
        RequireUniqueIds(doc.Signs.Select(s => s.Id), "sign", problems);
        foreach (var sign in doc.Signs)
        {
            var where = $"sign '{sign.Id}'";
            RequireText(sign.Name, where + ".name", problems);
            if (sign.Level is not (TriageLevel.Emergency or TriageLevel.UrgentSameDay))
            {
                problems.Add($"{where} must lead to Emergency or UrgentSameDay");
            }
            // A sign is only as good as its source: no source, no sign.
            if (sign.Sources.Count == 0)
            {
                problems.Add($"{where} cites no source");
            }

            foreach (var source in sign.Sources)
            {
                RequireText(source.Title, where + " source title", problems);
                RequireText(source.Url, where + " source url", problems);
            }
        }

        var sameDay = doc.Signs.Where(s => s.Level == TriageLevel.UrgentSameDay).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (doc.Triage.OtherSignIds.Count == 0)
        {
            problems.Add("triage.otherSignIds lists no sign");
        }

        RequireKnown(doc.Triage.OtherSignIds, sameDay, "triage.otherSignIds", "same-day sign", problems);
    }

    private static void ValidateTopic(Topic topic, ContentMetadata metadata, HashSet<string> topicIds,
        HashSet<string> ruleIds, List<string> problems)
    {
        var where = $"topic '{topic.Id}'";
        RequireText(topic.Id, "topic id", problems);
        RequireText(topic.Title, where + ".title", problems);
        RequireText(topic.Answer, where + ".answer", problems);
        RequireText(topic.LeafletSection, where + ".leafletSection", problems);
        if (topic.ExampleQuestions.Count == 0 || topic.ExampleQuestions.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{where} needs at least one non-empty example question");
        }

        RequireKnown(topic.RelatedTopicIds, topicIds, where + ".relatedTopicIds", "topic", problems);
        if (topic.RelatedTopicIds.Contains(topic.Id))
        {
            problems.Add($"{where} lists itself as related");
        }

        RequireKnown(topic.SafetyRuleIds, ruleIds, where + ".safetyRuleIds", "safety rule", problems);
        if (topic.Card)
        {
            RequireText(topic.WhyItMatters, where + ".whyItMatters (card topics need it)", problems);
        }

        if (topic.CitesResearch && !topic.Answer.Contains(metadata.ResearchPhrase, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where} cites the leaflet's research, so its answer must say \"{metadata.ResearchPhrase}\"");
        }

        if (topic.RecognizerKeywords.Any(k => string.IsNullOrWhiteSpace(k.Key) || k.Value <= 0))
        {
            problems.Add($"{where} has an empty recognizer keyword or a weight that is not positive");
        }
    }

    private static void RequireChoices(IReadOnlyList<TriageChoice> choices, string[] ids, string where, List<string> problems)
    {
        if (!choices.Select(c => c.Id).SequenceEqual(ids))
        {
            problems.Add($"{where} must be exactly [{string.Join(", ", ids)}] in that order");
        }

        foreach (var choice in choices)
        {
            RequireText(choice.Title, $"{where} '{choice.Id}'.title", problems);
        }
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex VersionFormat();

    private static void RequireText(string? text, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{where} is missing or empty");
        }
    }

    private static void RequireKnown(IEnumerable<string> ids, HashSet<string> known, string where, string kind, List<string> problems)
    {
        foreach (var id in ids.Where(id => !known.Contains(id)))
        {
            problems.Add($"{where} refers to unknown {kind} '{id}'");
        }
    }

    private static void RequireUniqueIds(IEnumerable<string> ids, string kind, List<string> problems)
    {
        foreach (var id in ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"{kind} '{id}' is defined twice");
        }
    }
}
