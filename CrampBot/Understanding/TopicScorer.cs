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

    // Indexes, so a message costs one look-up per word rather than a scan of every keyword and example: keywords
    // (numbered across topics, in order) by first token, and examples (numbered likewise) by the words they hold.
    private readonly Dictionary<string, (int Id, Phrase Phrase)[]> _keywordsByFirstToken;
    private readonly int _keywordCount;
    private readonly Dictionary<string, int[]> _examplesWithWord;
    private readonly double[] _exampleNorms;

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

        var keywords = _topics.SelectMany(t => t.Keywords).Select((k, id) => (Id: id, k.Phrase)).ToArray();
        _keywordCount = keywords.Length;
        _keywordsByFirstToken = keywords.Where(k => k.Phrase.Tokens.Length > 0)
            .GroupBy(k => k.Phrase.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var examples = _topics.SelectMany(t => t.Examples).ToArray();
        _examplesWithWord = examples.SelectMany((e, id) => e.Select(w => (Word: w, Id: id)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray(), StringComparer.Ordinal);
        _exampleNorms = [.. examples.Select(e => Math.Sqrt(e.Sum(w => Weight(w) * Weight(w))))];
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
    public bool HasStrongKeyword(Utterance u)
    {
        var found = FoundKeywords(u);
        return _topics.SelectMany(t => t.Keywords).Where((_, id) => found[id] > 0).Any(k => k.Weight >= StrongKeywordWeight);
    }

    /// <summary>Raw (unbounded) score per topic id.</summary>
    public Dictionary<string, double> Score(Utterance u)
    {
        var words = new HashSet<string>(u.WordIndexes().Where(i => !KeywordMatcher.IsInnerQuestionWord(u, i))
            .Select(i => u.Canon[i]).Where(w => !StopWords.Contains(w)));
        var found = FoundKeywords(u);
        var similarities = Similarities(words);
        var scores = new Dictionary<string, double>(_topics.Length, StringComparer.Ordinal);
        var keywordId = 0;
        var exampleId = 0;
        foreach (var (topic, keywords, examples) in _topics)
        {
            var keywordScore = 0.0;
            foreach (var (_, weight) in keywords)
            {
                keywordScore += found[keywordId++] * weight;
            }

            var exampleScore = double.MinValue;
            foreach (var _ in examples)
            {
                exampleScore = Math.Max(exampleScore, similarities[exampleId++]);
            }

            scores[topic.Id] = keywordScore + ExampleWeight * exampleScore;
        }

        return scores;
    }

    // The share of each keyword's weight the message earns (see KeywordMatcher), by id: 0 where it does not occur.
    private double[] FoundKeywords(Utterance u)
    {
        var found = new double[_keywordCount];
        for (var start = 0; start < u.Count; start++)
        {
            FindFrom(u, start, u.Canon[start], found);
            if (KeywordMatcher.ContractionHead(u.Canon[start]) is { } head)
            {
                FindFrom(u, start, head, found);
            }
        }

        return found;
    }

    private void FindFrom(Utterance u, int start, string firstToken, double[] found)
    {
        if (_keywordsByFirstToken.TryGetValue(firstToken, out var candidates))
        {
            foreach (var (id, phrase) in candidates)
            {
                found[id] = Math.Max(found[id], KeywordMatcher.MatchAt(phrase, u, start));
            }
        }
    }

    private HashSet<string> ContentWords(string text) =>
        [.. TextNormalizer.Tokenize(text).Where(t => !TextNormalizer.IsBoundary(t)).Select(Stemmer.Canonical).Where(w => !StopWords.Contains(w))];

    // A word no example uses is as rare as can be: it must dilute the match ("can sport cause cramps?" is not simply
    // "what causes cramps?").
    private double Weight(string word) => _idf.TryGetValue(word, out var w) ? w : _maxIdf;

    // Cosine of the message's words with each example's, each word weighted by its rarity. Each example's sum of shared
    // weights adds the message's words in the message's order, as a scan of that example would.
    private double[] Similarities(HashSet<string> message)
    {
        var shared = new double[_exampleNorms.Length];
        if (message.Count == 0)
        {
            return shared;
        }

        foreach (var word in message)
        {
            if (_examplesWithWord.TryGetValue(word, out var examples))
            {
                var weight = Weight(word) * Weight(word);
                foreach (var id in examples)
                {
                    shared[id] += weight;
                }
            }
        }

        var messageNorm = Math.Sqrt(message.Sum(w => Weight(w) * Weight(w)));
        for (var id = 0; id < shared.Length; id++)
        {
            shared[id] = shared[id] == 0 || messageNorm == 0 || _exampleNorms[id] == 0 ? 0 : shared[id] / (messageNorm * _exampleNorms[id]);
        }

        return shared;
    }
}
