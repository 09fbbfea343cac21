using CrampBot.Content;

namespace CrampBot.Understanding;

/// <summary>
/// Scores every topic for a message: the weighted keywords the content gives each topic, plus how close the message
/// is to the topic's title and example questions (words weighted by rarity across topics).
/// </summary>
internal sealed class TopicScorer
{
    private const double ExampleWeight = 4.0;
    private const double StrongKeywordWeight = 5.0;

    // Only words that carry no meaning for any topic; question words stay ("where", "when", "how long" matter).
    private static readonly HashSet<string> StopWords = new(
        new[] {"a", "an", "the", "i", "me", "my", "you", "your", "do", "does", "did", "is", "are", "am", "be", "it", "its", "of",
         "in", "on", "to", "for", "and", "or", "with", "that", "this", "there", "their", "them", "they", "im", "ive",
         "get", "got", "have", "has", "can", "could", "should", "would", "will", "about", "any", "some", "please",
         "leg", "cramp", "us", "we", "at", "so", "if", "by", "from", "as", "than", "what", "need", "some", "know",
         "want", "tell", "like", "just", "really", "was", "were", "been"}.Select(Stemmer.Canonical),
        StringComparer.Ordinal);

    private readonly (Topic Topic, (Phrase Phrase, double Weight)[] Keywords, HashSet<string>[] Examples)[] _topics;
    private readonly Dictionary<string, double> _idf;
    private readonly double _maxIdf;

    public TopicScorer(IEnumerable<Topic> catalogTopics)
    {
        _topics = [.. catalogTopics.Select(t => (
            t,
            DistinctKeywords(t.RecognizerKeywords),
            t.ExampleQuestions.Append(t.Title).Select(ContentWords).ToArray()))];

        var documentFrequency = _topics
            .SelectMany(t => t.Examples.SelectMany(e => e).Distinct())
            .GroupBy(w => w)
            .ToDictionary(g => g.Key, g => g.Count());
        _idf = documentFrequency.ToDictionary(kv => kv.Key, kv => Math.Log(1.0 + (double)_topics.Length / kv.Value));
        _maxIdf = Math.Log(1.0 + _topics.Length);
    }

    // Keywords that read the same once canonical ("night" and "nighttime", "exercise" and "exercising") are one
    // keyword, at the highest weight given: a word must not count twice because the content lists two spellings of it.
    private static (Phrase Phrase, double Weight)[] DistinctKeywords(IReadOnlyDictionary<string, double> keywords) =>
    [
        .. keywords.Select(k => (Phrase: Phrase.Create(k.Key, Stemmer.Canonical), Weight: k.Value))
            .GroupBy(k => string.Join(' ', k.Phrase.Tokens), StringComparer.Ordinal)
            .Select(g => g.MaxBy(k => k.Weight)),
    ];

    /// <summary>Every word the scorer knows, for the spelling vocabulary.</summary>
    public IEnumerable<string> Words => _topics.SelectMany(t =>
        t.Keywords.SelectMany(k => TextNormalizer.Tokenize(k.Phrase.Text))
            .Concat(t.Topic.ExampleQuestions.SelectMany(TextNormalizer.Tokenize)));

    /// <summary>True when the message uses a keyword strong enough to place it in the leaflet's subject ("dialysis").</summary>
    public bool HasStrongKeyword(Utterance u) =>
        _topics.Any(t => t.Keywords.Any(k => k.Weight >= StrongKeywordWeight && k.Phrase.IsIn(u)));

    /// <summary>Raw (unbounded) score per topic id.</summary>
    public Dictionary<string, double> Score(Utterance u)
    {
        var words = new HashSet<string>(u.WordIndexes().Where(i => !KeywordMatcher.IsInnerQuestionWord(u, i))
            .Select(i => u.Canon[i]).Where(w => !StopWords.Contains(w)));
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (topic, keywords, examples) in _topics)
        {
            var keywordScore = keywords.Sum(k => k.Weight * KeywordMatcher.Match(k.Phrase, u));
            var exampleScore = examples.Max(e => Similarity(words, e));
            scores[topic.Id] = keywordScore + ExampleWeight * exampleScore;
        }

        return scores;
    }

    private HashSet<string> ContentWords(string text) =>
        [.. TextNormalizer.Tokenize(text).Where(t => !TextNormalizer.IsBoundary(t)).Select(Stemmer.Canonical).Where(w => !StopWords.Contains(w))];

    // A word no example uses is as rare as can be: it must dilute the match ("can sport cause cramps?" is not simply
    // "what causes cramps?").
    private double Weight(string word) => _idf.TryGetValue(word, out var w) ? w : _maxIdf;

    // Cosine of the two word sets, each word weighted by its rarity.
    private double Similarity(HashSet<string> message, HashSet<string> example)
    {
        if (message.Count == 0 || example.Count == 0)
        {
            return 0;
        }

        var shared = message.Where(example.Contains).Sum(w => Weight(w) * Weight(w));
        if (shared == 0)
        {
            return 0;
        }

        var messageNorm = Math.Sqrt(message.Sum(w => Weight(w) * Weight(w)));
        var exampleNorm = Math.Sqrt(example.Sum(w => Weight(w) * Weight(w)));
        return messageNorm == 0 || exampleNorm == 0 ? 0 : shared / (messageNorm * exampleNorm);
    }
}
