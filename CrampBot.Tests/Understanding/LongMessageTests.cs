using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>
/// A long message is read for its topic from its first words only (bounded cost, see README's Benchmark), yet the
/// red-flag check reads all of it, misspellings included, exactly as it reads a short message.
/// </summary>
public sealed class LongMessageTests
{
    private static Recognition Recognize(string text) => TestContent.Recognizer.Recognize(text);

    // Everyday words that raise nothing, misspelt ones included, so the filler exercises the spelling search.
    private static string Filler(int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => (i % 4) switch
        {
            0 => "yesterday",
            1 => "we went shoping",
            2 => "for grocerys",
            _ => "then home.",
        }));

    // Words the red-flag check does not read at all (asserted below), so a message after them reads as it does alone.
    private static readonly string[] NeutralWords =
        ["monday", "yesterday", "sunny", "football", "lunch", "coffee", "shopping", "holiday", "school", "music", "tomorrow"];

    private static string NeutralFiller(int words) =>
        string.Concat(Enumerable.Range(0, words).Select(i => NeutralWords[i * 7 % NeutralWords.Length] + (i % 10 == 9 ? ". " : " ")));

    [Theory]
    [InlineData("I have crushing chest pain", RedFlag.Emergency)]
    [InlineData("and now I am short of breath", RedFlag.Emergency)]
    [InlineData("my calf is swollen and red", RedFlag.DvtSign)]
    [InlineData("and my calf hurts", RedFlag.LegPain)]
    [InlineData("I have crushing chset pain", RedFlag.Emergency)]
    [InlineData("feeling breathles", RedFlag.Emergency)]
    [InlineData("coughin up bloood", RedFlag.Emergency)]
    [InlineData("my calf is swolen", RedFlag.DvtSign)]
    public void A_red_flag_after_thousands_of_words_is_found_misspelt_or_not(string ending, RedFlag expected)
    {
        var text = Filler(6000) + " " + ending;

        Assert.Equal(expected, Recognize(text).RedFlag);
    }

    [Fact]
    public void A_red_flag_in_the_middle_of_a_long_message_is_found()
    {
        var text = Filler(3000) + " I can't breathe. " + Filler(3000);

        Assert.Equal(RedFlag.Emergency, Recognize(text).RedFlag);
    }

    [Fact]
    public void A_denied_sign_far_into_a_long_message_stays_denied()
    {
        var text = Filler(3000) + " I have no chest pain.";

        Assert.Equal(RedFlag.None, Recognize(text).RedFlag);
    }

    [Fact]
    public void A_long_message_without_red_flags_raises_none()
    {
        Assert.Equal(RedFlag.None, Recognize(Filler(50_000)).RedFlag);
    }

    [Fact]
    public void The_topic_of_a_long_message_comes_from_its_first_words()
    {
        var text = "what causes leg cramps? " + Filler(5000);

        var recognition = Recognize(text);

        Assert.Equal(Intent.Topic, recognition.Intent);
        Assert.Equal(Recognize("what causes leg cramps?").TopicId, recognition.TopicId);
    }

    [Fact]
    public void The_neutral_filler_holds_no_word_the_red_flag_check_reads()
    {
        Assert.All(NeutralWords, w => Assert.DoesNotContain(Stemmer.Canonical(w), RedFlagVocabulary.Words));
    }

    public static TheoryData<string> FlaggedCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { EvaluationSet.TuningFile, "development-set.tsv" })
        {
            foreach (var c in EvaluationSet.Load(file).Where(c => Recognize(c.Utterance).RedFlag != RedFlag.None))
            {
                data.Add(c.Utterance);
            }
        }

        return data;
    }

    /// <summary>
    /// Every message of the tuning and development sets that raises a red flag raises the same one, with the same
    /// signals, after 3,000 words (past the part read for the topic) that the check does not read. (Only whether it
    /// is a general question may change: it no longer opens the message.)
    /// </summary>
    [Theory]
    [MemberData(nameof(FlaggedCases))]
    public void A_flagged_message_raises_the_same_flag_after_thousands_of_words(string utterance)
    {
        var alone = Recognize(utterance);
        var late = Recognize(NeutralFiller(3000) + ". " + utterance);

        Assert.Equal(alone.RedFlag, late.RedFlag);
        Assert.Equal(alone.Signals with { IsGeneralQuestion = false }, late.Signals with { IsGeneralQuestion = false });
    }
}
