using CrampBot.Content;

namespace CrampBot.Understanding;

/// <summary>
/// The offline recognizer: maps a patient's message to a topic or intent with a score, finds the clinical signals and
/// the red flag, medicines (listed or not) and yes/no answers. Thread-safe; build one per content catalog.
/// </summary>
public sealed class CrampRecognizer
{
    // Raw topic scores are unbounded sums; this maps them onto 0–1 (a raw score of 5 ≈ 0.63).
    private const double ScoreScale = 5.0;
    private const double KnownMedicineBoost = 10.0;
    private const double StopMedicineScore = 0.95;
    private const double UnknownMedicineScore = 0.9;
    private const double CandidateFloor = 0.15;
    private const string TopicLabel = "topic:";

    // Each of two questions in one message is scored on its own clause, which holds fewer words than a whole question.
    private const double ClauseConfidentAtLeast = 0.45;

    // Below ConfidentAtLeast a topic is still answered when it scores this much and leads every rival by this ratio.
    private const double ClearLeadAtLeast = 0.4;
    private const double ClearLeadRatio = 0.6;

    // Topics found only through everyday words ("who won the football") are less likely to be what was meant.
    private const double OffSubjectFactor = 0.8;

    private readonly UtteranceAnalyzer _analyzer;
    private readonly TopicScorer _topicScorer;
    private readonly MedicineDetector _medicineDetector;
    private readonly Dictionary<string, string> _topicOfMedicine;
    private readonly IReadOnlyList<string> _menuTopicIds;

    // For each topic, the broader topics that cover it (see BroaderTopics): never a reason for "Did you mean".
    private readonly Dictionary<string, HashSet<string>> _broader;

    // The statistical second reader, and where each topic's probability sits in its output.
    private readonly PhrasingClassifier _phrasings;
    private readonly Dictionary<string, int> _phrasingIndexOfTopic = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds the recognizer for a catalog. The phrasing classifier learns from the catalog's example questions and
    /// <paramref name="phrasings"/> (by default the labelled sets shipped in the app, <see cref="LabelledPhrasings.Embedded"/>).
    /// </summary>
    public CrampRecognizer(ContentCatalog catalog, RecognizerOptions? options = null, IReadOnlyList<LabelledPhrasing>? phrasings = null)
    {
        Options = options ?? new RecognizerOptions();
        if (!RecognizerOptions.AreValid(Options))
        {
            throw new ArgumentException(RecognizerOptions.Rule, nameof(options));
        }

        _topicScorer = new TopicScorer(catalog.Topics);
        _medicineDetector = new MedicineDetector(catalog.Medicines);
        _topicOfMedicine = catalog.Medicines.ToDictionary(m => m.Id, m => m.TopicId);
        _menuTopicIds = catalog.Document.MenuTopicIds;

        var vocabulary = _topicScorer.Words
            .Concat(_medicineDetector.Words)
            .Concat(SignalLexicon.All.SelectMany(s => s.Words))
            .Concat(NavigationLexicon.All.SelectMany(s => s.Words))
            .Concat(MedicineLexicon.All.SelectMany(s => s.Words))
            .Concat(Stemmer.KnownWords)
            .Concat(catalog.Topics.SelectMany(t => TextNormalizer.Tokenize(t.Title)));
        _analyzer = new UtteranceAnalyzer(new SpellingCorrector(vocabulary, RedFlagVocabulary.Words));
        _broader = BroaderTopics(catalog);
        _phrasings = TrainPhrasings(catalog, phrasings ?? LabelledPhrasings.Embedded);
    }

    public RecognizerOptions Options { get; }

    /// <summary>The phrasing classifier's own best label for a message, to measure it alone.</summary>
    internal string PhrasingGuess(string text)
    {
        var probabilities = _phrasings.Probabilities(PhrasingFeatures.Of(_analyzer.Analyze(text).TopicPart));
        return _phrasings.Labels[Array.IndexOf(probabilities, probabilities.Max())];
    }

    /// <summary>Understands one message. Null or empty text (a card tap) gives <see cref="Recognition.Empty"/>.</summary>
    public Recognition Recognize(string? text)
    {
        var whole = _analyzer.Analyze(text);
        if (whole.IsEmpty)
        {
            return Recognition.Empty;
        }

        // Red flags are looked for in the whole message; the rest is read from its first words (a bounded cost).
        var signals = ClinicalSignalDetector.Detect(whole);
        var u = whole.TopicPart;
        var known = _medicineDetector.Known(u);
        var clauses = QuestionSplitter.Clauses(u);
        var reading = new Reading(u, signals, RedFlags.Evaluate(signals), AnswerDetector.Detect(u, signals.Swelling), known, clauses,
            known.Count == 0 ? _medicineDetector.Unknown(u, _analyzer.Corrector, []) : null);
        var (topics, navigation) = LexicalScores(u, known, clauses);
        var lexical = Decide(reading, Ranked(topics, navigation, null));
        if (reading.RedFlag != RedFlag.None || Options.PhrasingWeight == 0 || NamesOnlyTheSubject(u) ||
            !(lexical.NeedsClarification || lexical.Intent == Intent.OutOfScope))
        {
            return lexical;
        }

        // The keywords left it unsure or found nothing: the phrasing classifier's reading is added to the topic
        // scores and the message decided again. Never on a red flag: that reading stays the keywords' alone. Nor on
        // a message that only names the subject ("cramp", "leg cramp thigh"): there is nothing to read, and the
        // patient is better asked which topic they meant than given the most common one.
        return Decide(reading, Ranked(topics, navigation, _phrasings.Probabilities(PhrasingFeatures.Of(u))));
    }

    private static bool NamesOnlyTheSubject(Utterance u) =>
        u.WordIndexes().All(i => SignalLexicon.Subject.ContainsToken(u.Canon[i]) || SignalLexicon.Leg.ContainsToken(u.Canon[i]));

    /// <summary>What is read from a message once, whichever way its topic is then decided.</summary>
    private sealed record Reading(Utterance U, ClinicalSignals Signals, RedFlag RedFlag, YesNoAnswer Answer,
        List<(MedicineMention Mention, int Start, int Length)> Known, List<(int Start, int Length, bool IsQuestion)> Clauses,
        (int Index, bool Certain)? Unknown);

    private Recognition Decide(Reading reading, List<IntentCandidate> candidates)
    {
        var (u, signals, redFlag, answer, known, clauses, unknown) = reading;
        if (unknown is { Certain: false } && IsConfidentTopic(candidates))
        {
            unknown = null;
        }

        var unknownName = unknown is { } found ? u.Typed[found.Index] : null;
        var medicineStarts = known.Select(k => k.Start).Concat(unknown is { } at ? [at.Index] : []).ToList();

        IntentCandidate top;
        if (MedicineDetector.AsksToStop(u, medicineStarts))
        {
            top = new IntentCandidate(Intent.StopMedicine, null, StopMedicineScore);
        }
        else if (unknownName is not null && !IsStrongNonMedicine(candidates))
        {
            top = new IntentCandidate(Intent.UnknownMedicine, null, UnknownMedicineScore);
        }
        else
        {
            top = candidates.Count > 0 ? candidates[0] : new IntentCandidate(Intent.OutOfScope, null, 0);
        }

        if (top.Score < Options.OutOfScopeBelow)
        {
            var symptoms = redFlag != RedFlag.None;
            top = new IntentCandidate(symptoms ? Intent.ReportSymptoms : Intent.OutOfScope, null, 1 - top.Score);
        }
        else if (top.Intent == Intent.Topic && redFlag == RedFlag.None && top.Score < Options.ConfidentAtLeast &&
                 !OnSubject(u, known.Count > 0))
        {
            // "where do I park at the hospital": a weak topic match in a message about something else is out of scope,
            // not a "Did you mean" about cramps.
            top = new IntentCandidate(Intent.OutOfScope, null, 1 - top.Score);
        }
        else if (top.Intent == Intent.Topic && redFlag != RedFlag.None &&
                 (top.Score < Options.ConfidentAtLeast || !ClinicalSignalDetector.IsQuestionLike(u)))
        {
            // "my calf really hurts" or "I have chest pain" share words with topics, but they are reports, not
            // questions: the red flag leads. "My calf is swollen, could it be a clot?" stays a question.
            top = new IntentCandidate(Intent.ReportSymptoms, null, top.Score);
        }

        if (top.Intent == Intent.OutOfScope && !ClinicalSignalDetector.IsQuestionLike(u) &&
            NavigationDetector.Opening(u) is { } opening)
        {
            top = new IntentCandidate(opening, null, Options.OutOfScopeBelow);
        }

        var second = top.Intent == Intent.Topic ? TwoQuestions(u, known, clauses) : null;
        if (second is { } two)
        {
            top = two.First;
        }

        var needsClarification = top.Intent == Intent.Topic && second is null && IsUnsure(top, candidates);
        return new Recognition
        {
            Intent = top.Intent,
            TopicId = top.TopicId,
            SecondTopicId = second?.Second.TopicId,
            Score = Math.Round(top.Score, 3),
            Candidates = Shortlist(top, candidates, needsClarification),
            NeedsClarification = needsClarification,
            Signals = signals,
            RedFlag = redFlag,
            Medicines = [.. known.Select(k => k.Mention)],
            UnknownMedicineName = top.Intent is Intent.UnknownMedicine or Intent.StopMedicine ? unknownName : null,
            Answer = answer,
        };
    }

    /// <summary>
    /// The readings worth offering. A "Did you mean …?" always gets two or three topic buttons: when too few topics
    /// scored, the menu's first topics fill the gap (with score 0) rather than a single lonely button.
    /// </summary>
    private List<IntentCandidate> Shortlist(IntentCandidate top, List<IntentCandidate> candidates, bool needsClarification)
    {
        var topics = candidates.Where(c => c.Intent == Intent.Topic).Take(Options.MaxCandidates).ToList();
        if (needsClarification && topics.Count < 2)
        {
            var extra = _menuTopicIds.Where(id => topics.All(t => t.TopicId != id)).Take(Options.MaxCandidates - topics.Count);
            topics.AddRange(extra.Select(id => new IntentCandidate(Intent.Topic, id, 0)));
        }

        return top.Intent == Intent.Topic && !needsClarification ? [.. candidates.Take(Options.MaxCandidates)] : topics;
    }

    /// <summary>The keywords' score of every topic (0–1) and the navigation intents' candidates.</summary>
    private (Dictionary<string, double> Topics, IEnumerable<IntentCandidate> Navigation) LexicalScores(Utterance u,
        List<(MedicineMention Mention, int Start, int Length)> known, List<(int Start, int Length, bool IsQuestion)> clauses)
    {
        var raw = RawTopicScores(u, known, 0, u.Count);
        var questions = clauses.Where(c => c.IsQuestion).ToList();
        if (questions.Count > 0 && questions.Count < clauses.Count && !questions.Any(q => PointsBack(u, q.Start, q.Length)))
        {
            // The story around a question must not drown it: the question's own words count once more. Not when the
            // question points back at the story ("I have poor circulation, is that why I cramp?").
            foreach (var (start, length, _) in questions)
            {
                foreach (var (topicId, score) in RawTopicScores(u, known, start, length))
                {
                    raw[topicId] += score / questions.Count;
                }
            }
        }

        var factor = OnSubject(u, known.Count > 0) ? 1.0 : OffSubjectFactor;
        return (raw.ToDictionary(kv => kv.Key, kv => factor * ToUnit(kv.Value), StringComparer.Ordinal), NavigationDetector.Score(u));
    }

    /// <summary>
    /// Topics and navigation intents, best first, scored 0–1. With the phrasing classifier's probabilities, each topic
    /// gains <see cref="RecognizerOptions.PhrasingWeight"/> times the probability that the message asks it.
    /// </summary>
    private List<IntentCandidate> Ranked(Dictionary<string, double> topics, IEnumerable<IntentCandidate> navigation, double[]? probabilities)
    {
        double Score(string topicId, double lexical) => probabilities is null
            ? lexical
            : Math.Min(1, lexical + Options.PhrasingWeight * probabilities[_phrasingIndexOfTopic[topicId]]);

        return
        [
            .. topics.Select(kv => new IntentCandidate(Intent.Topic, kv.Key, Score(kv.Key, kv.Value)))
                .Concat(navigation)
                .Where(c => c.Score >= CandidateFloor)
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.TopicId, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Trains the phrasing classifier on the example questions and titles of every topic and on the labelled phrasings,
    /// each analysed as a message is (spelling, synonyms, stems). A two-question phrasing teaches its first question.
    /// </summary>
    private PhrasingClassifier TrainPhrasings(ContentCatalog catalog, IReadOnlyList<LabelledPhrasing> phrasings)
    {
        var samples = catalog.Topics
            .SelectMany(t => t.ExampleQuestions.Append(t.Title).Select(q => new LabelledPhrasing(TopicLabel + t.Id, q)))
            .Concat(phrasings)
            .Select(p => (PhrasingFeatures.Of(_analyzer.Analyze(p.Text).TopicPart), LabelOf(p.Label)))
            .ToList();
        var classifier = new PhrasingClassifier(samples);
        foreach (var topic in catalog.Topics)
        {
            _phrasingIndexOfTopic[topic.Id] = classifier.IndexOf(TopicLabel + topic.Id);
        }

        return classifier;
    }

    // "topic:dvt+topic:bakers-cyst" → "topic:dvt"; "unknownMedicine:ibuprofen" → "unknownMedicine".
    private static string LabelOf(string tag)
    {
        var first = tag.Split('+')[0];
        return first.StartsWith(TopicLabel, StringComparison.Ordinal) ? first : first.Split(':')[0];
    }

    private static bool PointsBack(Utterance u, int start, int length) =>
        Enumerable.Range(start, length).Any(i => u.Words[i] == "that");

    private static double ToUnit(double raw) => 1 - Math.Exp(-raw / ScoreScale);

    /// <summary>Raw topic scores of the tokens from <paramref name="start"/> on, with the medicines named there.</summary>
    private Dictionary<string, double> RawTopicScores(Utterance u, List<(MedicineMention Mention, int Start, int Length)> known, int start, int length)
    {
        var part = start == 0 && length == u.Count ? u : u.Slice(start, length);
        var raw = _topicScorer.Score(part);
        foreach (var (mention, at, _) in known)
        {
            if (at >= start && at < start + length)
            {
                raw[_topicOfMedicine[mention.MedicineId]] += KnownMedicineBoost;
            }
        }

        return raw;
    }

    /// <summary>
    /// Two questions in one message, each clear on its own clause and about different topics: the first (with the
    /// story told before it) and the next question that asks about something else.
    /// </summary>
    private (IntentCandidate First, IntentCandidate Second)? TwoQuestions(Utterance u,
        List<(MedicineMention Mention, int Start, int Length)> known, List<(int Start, int Length, bool IsQuestion)> clauses)
    {
        var questions = clauses.Where(c => c.IsQuestion).ToList();
        if (questions.Count < 2 || ClearTopic(u, known, 0, questions[0].Start + questions[0].Length) is not { } first)
        {
            return null;
        }

        foreach (var (start, length, _) in questions.Skip(1))
        {
            if (ClearTopic(u, known, start, length) is { } second && second.TopicId != first.TopicId)
            {
                return (first with { Score = Math.Min(first.Score, second.Score) }, second);
            }
        }

        return null;
    }

    // The clause's best topic when it is confident and clear of the runner-up. Raw scores are compared, since a named
    // medicine lifts its topic far above the generic "medicines" one even where the 0–1 scale bunches them together.
    private IntentCandidate? ClearTopic(Utterance u, List<(MedicineMention Mention, int Start, int Length)> known, int start, int length)
    {
        var ranked = RawTopicScores(u, known, start, length).OrderByDescending(kv => kv.Value).Take(2).ToList();
        var best = ToUnit(ranked[0].Value);
        var runnerUp = ranked.Count > 1 ? ranked[1].Value : 0;
        return best >= ClauseConfidentAtLeast && runnerUp < ranked[0].Value * Options.AmbiguousRatio
            ? new IntentCandidate(Intent.Topic, ranked[0].Key, best)
            : null;
    }

    private bool OnSubject(Utterance u, bool namesAMedicine) =>
        namesAMedicine || _topicScorer.HasStrongKeyword(u) || SignalLexicon.Subject.IsIn(u) || SignalLexicon.PointsBackAtCramps.IsIn(u) ||
        SignalLexicon.Leg.IsIn(u) || SignalLexicon.Pain.IsIn(u) || SignalLexicon.Swelling.IsIn(u) ||
        MedicineLexicon.GenericMedicine.IsIn(u);

    // A medicine-looking word in a message that is clearly about something else (a confident navigation request).
    private bool IsStrongNonMedicine(List<IntentCandidate> candidates) =>
        candidates.Count > 0 && candidates[0].Intent is not Intent.Topic && candidates[0].Score >= Options.ConfidentAtLeast;

    // "could a salt deficiency be the cause": an odd word in a medicine-ish place loses to a clear topic.
    private bool IsConfidentTopic(List<IntentCandidate> candidates) =>
        candidates.Count > 0 && candidates[0].Intent == Intent.Topic && candidates[0].Score >= Options.ConfidentAtLeast;

    // A topic is sure when it is confident and clear of the runner-up, or, a little below confident, far ahead of it.
    // A broader topic that covers it ("medicines" behind "statins") is no rival: the specific answer is the better one.
    private bool IsUnsure(IntentCandidate top, List<IntentCandidate> candidates)
    {
        var broader = top.TopicId is { } id ? _broader[id] : [];
        var runnerUp = candidates.Skip(1).FirstOrDefault(c => c.Intent != Intent.Topic || !broader.Contains(c.TopicId!));
        var runnerUpScore = runnerUp?.Score ?? 0;
        return top.Score >= Options.ConfidentAtLeast
            ? runnerUpScore >= top.Score * Options.AmbiguousRatio
            : top.Score < ClearLeadAtLeast || runnerUpScore >= top.Score * ClearLeadRatio;
    }

    /// <summary>
    /// The topics that cover each topic: the one a bare "cramp" points at (what a leg cramp is) covers all; the overview
    /// of the risk factors (why people get cramps) covers each risk factor and the medicines; the overview of the
    /// medicines covers each medicine. An overview is the topic that lists most of its group among its related topics.
    /// </summary>
    private Dictionary<string, HashSet<string>> BroaderTopics(ContentCatalog catalog)
    {
        var general = _topicScorer.Score(_analyzer.Analyze("cramp")).MaxBy(kv => kv.Value).Key;
        var riskFactors = catalog.RiskFactors.Select(r => r.TopicId).ToHashSet(StringComparer.Ordinal);
        var medicines = catalog.Medicines.Select(m => m.TopicId).ToHashSet(StringComparer.Ordinal);
        string Overview(HashSet<string> group) =>
            catalog.Topics.MaxBy(t => t.RelatedTopicIds.Count(group.Contains))!.Id;
        var causes = Overview(riskFactors);

        // A topic that belongs to a risk factor and to the overview ("varicose veins" beside "circulation") is one
        // of the causes too.
        riskFactors.UnionWith(catalog.Topics
            .Where(t => t.RelatedTopicIds.Contains(causes) && t.RelatedTopicIds.Any(riskFactors.Contains))
            .Select(t => t.Id).ToList());
        var medicinesOverview = Overview(medicines);

        return catalog.Topics.ToDictionary(t => t.Id, t =>
        {
            HashSet<string> broader = new(StringComparer.Ordinal) { general };
            if (medicines.Contains(t.Id))
            {
                broader.UnionWith([medicinesOverview, causes]);
            }
            else if (riskFactors.Contains(t.Id) || t.Id == medicinesOverview)
            {
                broader.Add(causes);
            }

            broader.Remove(t.Id);
            return broader;
        }, StringComparer.Ordinal);
    }
}
