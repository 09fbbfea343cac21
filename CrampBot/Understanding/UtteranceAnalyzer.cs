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

        var canon = words.Select(w => TextNormalizer.IsBoundary(w) ? w : Stemmer.Canonical(w)).ToList();
        return new Utterance(typed, words, canon, corrected, TextNormalizer.EndsWithQuestionMark(text));
    }
}
