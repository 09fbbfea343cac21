namespace CrampBot.Understanding;

/// <summary>
/// Normalises, splits run-together words, corrects typos and canonicalises one message, at a bounded cost per word.
/// The first <see cref="TopicWords"/> words are analysed in full: the topic, medicines and answers are read from them
/// (<see cref="Utterance.TopicPart"/>). Every later word is still read for the red-flag check, which covers the whole
/// message: a later word is corrected only when it is, or is within reach of, a word that check reads
/// (<see cref="SpellingCorrector.CorrectForRedFlags"/>), so the check sees the whole message as if all of it had been
/// analysed in full.
/// </summary>
internal sealed class UtteranceAnalyzer(SpellingCorrector corrector)
{
    /// <summary>
    /// Words analysed in full: a message of the default <c>Limits:MaxTextLength</c> (2,000 characters, about 350
    /// words) fits, and it is ten times the longest message of the evaluation sets.
    /// </summary>
    public const int TopicWords = 400;

    public SpellingCorrector Corrector => corrector;

    public Utterance Analyze(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var typed = new List<string>(tokens.Count);
        var words = new List<string>(tokens.Count);
        var corrected = new List<bool>(tokens.Count);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var wordCount = 0;
        int? topicLength = null;
        foreach (var token in tokens)
        {
            if (TextNormalizer.IsBoundary(token))
            {
                typed.Add(token);
                words.Add(token);
                corrected.Add(false);
                continue;
            }

            var inTopic = wordCount < TopicWords;
            void Add(string part)
            {
                // A word met again in the same message is corrected once.
                if (!corrections.TryGetValue(part, out var fixedWord))
                {
                    fixedWord = inTopic ? corrector.Correct(part) : corrector.CorrectForRedFlags(part);
                    corrections[part] = fixedWord;
                }

                typed.Add(part);
                words.Add(fixedWord);
                corrected.Add(fixedWord != part);
                wordCount++;
            }

            if (corrector.TrySplit(token, out var left, out var right))
            {
                Add(left);
                Add(right);
            }
            else
            {
                Add(token);
            }

            if (inTopic && wordCount >= TopicWords)
            {
                topicLength = typed.Count;
            }
        }

        var typedWords = words.ToList();
        QuestionForms.Normalize(words);
        for (var i = 0; i < words.Count; i++)
        {
            corrected[i] |= words[i] != typedWords[i];
        }

        var canon = words.Select(w => TextNormalizer.IsBoundary(w) ? w : Stemmer.Canonical(w)).ToList();
        for (var i = canon.Count - 2; i >= 0; i--)
        {
            if (Stemmer.TwoWordCanonical(words[i], words[i + 1]) is { } one)
            {
                // One token for the pair ("charley horse" is a cramp), so phrases and counts see one word.
                typed[i] = typed[i] + " " + typed[i + 1];
                words[i] = words[i] + " " + words[i + 1];
                canon[i] = one;
                corrected[i] |= corrected[i + 1];
                typed.RemoveAt(i + 1);
                words.RemoveAt(i + 1);
                canon.RemoveAt(i + 1);
                corrected.RemoveAt(i + 1);
                topicLength = topicLength > i + 1 ? topicLength - 1 : topicLength;
            }
        }

        AgeMentions.Mark(words, canon);
        return new Utterance(typed, words, canon, corrected, TextNormalizer.EndsWithQuestionMark(text), topicLength);
    }
}
