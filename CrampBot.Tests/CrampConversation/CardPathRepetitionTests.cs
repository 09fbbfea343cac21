using CrampBot.CrampConversation;

namespace CrampBot.Tests.CrampConversation;

/// <summary>
/// Every card the patient can reach, and every button on it: what the button brings never repeats a sentence the
/// card has just shown (cards and their plain-text versions alike); and the sources under an outcome read as a list.
/// </summary>
public sealed class CardPathRepetitionTests(CrampHost bot) : IClassFixture<CrampHost>
{
    /// <summary>How to reach each card: the patient's messages, the last of which brings the card.</summary>
    public static TheoryData<string, string[]> CardPaths => new()
    {
        { "kidneys topic", ["what do my kidneys do"] },
        { "ultrasound topic", ["what is an ultrasound scan"] },
        { "other signs question", ["my calf hurts", "no"] },
        { "same-day outcome", ["my calf hurts", "yes"] },
        { "same-day outcome, not sure", ["my calf hurts", "not sure"] },
        { "self-care outcome", ["my calf hurts", "no", "no, none of these"] },
    };

    [Theory]
    [MemberData(nameof(CardPaths))]
    public async Task No_button_on_a_card_brings_back_a_sentence_the_card_just_showed(string path, string[] messages)
    {
        var card = await ReachAsync(messages);
        var buttons = Assert.IsType<JsonArray>(card.Attachments![0].Content!["actions"]).Select(a => a!["data"]!.DeepClone()).ToList();
        Assert.NotEmpty(buttons);
        var shown = SentencesOf(card);
        // Said under every answer on purpose: where it comes from (the sources two outcomes share), its review, and
        // where to get help.
        string[] everyAnswer = [bot.Content.SourceLine, bot.Content.Messages.SafetyNet, bot.Content.LeafletSource,
            .. bot.Content.SafetyRules.SelectMany(rule => rule.Sources).Select(source => source.ShortTitle)];
        var underEveryAnswer = everyAnswer.SelectMany(JustShown.SplitSentences).Select(JustShown.Normalize).ToHashSet();

        foreach (var data in buttons)
        {
            await using var chat = bot.StartConversation();
            await SendAllAsync(chat, messages);
            var replies = await chat.Tap(data);

            Assert.NotEmpty(replies.All);
            replies.AssertEach(reply =>
            {
                foreach (var sentence in SentencesOf(reply).Where(s => s.Length >= 20 && !underEveryAnswer.Contains(s)))
                {
                    Assert.False(shown.Any(seen => seen.Contains(sentence, StringComparison.Ordinal)),
                        $"{path}, button {data["text"]}: repeats \"{sentence}\"");
                }
            });
        }
    }

    [Fact]
    public async Task A_topic_asked_again_in_words_is_answered_whole()
    {
        await using var chat = bot.StartConversation();
        await SendAllAsync(chat, ["what is a dvt"]);

        await chat.Send("what is a dvt").AssertReply(reply => Assert.Contains(bot.Content.GetTopic("dvt").Answer, reply.Text));
    }

    [Fact]
    public async Task The_dvt_topic_tapped_under_the_ultrasound_card_leaves_out_the_sentence_the_card_ended_with()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("what is an ultrasound scan").AssertReply(CrampAssert.HasCard("sound waves"));

        await chat.Tap(new JsonObject { ["text"] = bot.Content.GetTopic("dvt").Title }).AssertReply(reply =>
        {
            Assert.StartsWith("Deep vein thrombosis (DVT) is a blood clot in your leg.", reply.Text);
            Assert.DoesNotContain("you might need an ultrasound scan", reply.Text);
            Assert.Contains(bot.Content.Messages.SafetyNet, reply.Text);
        });
    }

    [Fact]
    public async Task Outcome_sources_are_a_short_list_with_the_leaflet_once_and_the_review_line_last()
    {
        var sameDay = await ReachAsync(["my calf hurts", "yes"]);
        var emergency = await ReachAsync(["I can't stop coughing up blood"]);

        Assert.DoesNotContain(".;", sameDay.Summary);
        Assert.Contains($"Sources:\n- {bot.Content.LeafletSource}\n- NHS: Deep vein thrombosis (DVT)\n- NHS: Pulmonary embolism\n\n{bot.Content.ReviewLine}", sameDay.Summary);
        Assert.Contains("Sources:\n- NHS: Pulmonary embolism\n- NHS: Chest pain\n- NHS: Shortness of breath\n- NHS: Coughing up blood\n- NHS: Deep vein thrombosis (DVT)\n- NHS: Leg pain", emergency.Summary);
        // The review line is under every answer, the emergency card's too.
        Assert.Contains(bot.Content.ReviewLine!, emergency.Summary);
        var list = Assert.Single(TextBlocks(sameDay), text => text.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal(3, list.Split('\n').Length);
    }

    private async Task<Activity> ReachAsync(string[] messages)
    {
        await using var chat = bot.StartConversation();
        var last = await SendAllAsync(chat, messages);
        return Assert.Single(last.All, reply => reply.Attachments is { Count: > 0 });
    }

    // Joins and sends the messages; every reply is a message (what they say is each test's business).
    private static async Task<TurnReplies> SendAllAsync(Transcript chat, string[] messages)
    {
        var replies = (await chat.Join()).AssertReply("I'm CrampBot");
        foreach (var message in messages)
        {
            replies = (await chat.Send(message)).AssertEach(reply => Assert.Equal(ActivityTypes.Message, reply.Type));
        }
        return replies;
    }

    private static IEnumerable<string> TextBlocks(Activity card) => Texts(card.Attachments![0].Content!);

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [(string)o["text"]!],
        JsonObject o => o.Where(p => p.Value is not null).SelectMany(p => Texts(p.Value!)),
        JsonArray a => a.Where(e => e is not null).SelectMany(e => Texts(e!)),
        _ => [],
    };

    // The card's or message's sentences as the patient reads them, normalised as JustShown compares them.
    private static List<string> SentencesOf(Activity activity) =>
        [.. JustShown.SplitSentences(activity.Text).Concat(JustShown.SplitSentences(activity.Summary)).Select(JustShown.Normalize)];
}
