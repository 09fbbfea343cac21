namespace CrampBot.Understanding;

/// <summary>Normalises, splits run-together words, corrects typos and canonicalises one message.</summary>
internal sealed class UtteranceAnalyzer(SpellingCorrector corrector)
{
    public SpellingCorrector Corrector => corrector;

    public Utterance Analyze(string? text)
    {
        var typed = new List<string>();
        var words = new List<string>();
        var corrected = new List<bool>();
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            if (TextNormalizer.IsBoundary(token))
            {
                typed.Add(token);
                words.Add(token);
                corrected.Add(false);
                continue;
            }

            foreach (var part in corrector.Split(token))
            {
                var fixedWord = corrector.Correct(part);
                typed.Add(part);
                words.Add(fixedWord);
                corrected.Add(fixedWord != part);
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
            }
        }

        AgeMentions.Mark(words, canon);
        return new Utterance(typed, words, canon, corrected, TextNormalizer.EndsWithQuestionMark(text));
    }
}
