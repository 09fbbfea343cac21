using CrampBot.Channels.Teams;

namespace CrampBot.Tests.Teams;

public class TeamsMessageSplitterTests
{
    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormatTypes.Plain,
        Conversation = new ConversationAccount { Id = "c" },
        ReplyToId = "in-1",
        InputHint = InputHints.ExpectingInput,
        Speak = "spoken",
        SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes")] },
        Entities = [new Entity { Type = "clientInfo" }],
    };

    [Fact]
    public void A_message_within_the_limit_is_sent_as_it_is()
    {
        var message = Message(new string('a', 100));
        Assert.Same(message, Assert.Single(TeamsMessageSplitter.Split(message, 100)));
    }

    [Fact]
    public void A_message_with_attachments_is_never_split()
    {
        var message = Message(new string('a', 500));
        message.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = new JsonObject() }];
        Assert.Same(message, Assert.Single(TeamsMessageSplitter.Split(message, 100)));
    }

    [Fact]
    public void Activities_other_than_messages_are_never_split()
    {
        var typing = new Activity { Type = ActivityTypes.Typing, Text = new string('a', 500) };
        Assert.Same(typing, Assert.Single(TeamsMessageSplitter.Split(typing, 100)));
    }

    [Fact]
    public void Paragraphs_are_kept_whole_and_packed_together_when_they_fit()
    {
        var paragraphs = new[] { new string('a', 40), new string('b', 40), new string('c', 40), new string('d', 90) };
        var parts = TeamsMessageSplitter.SplitText(string.Join("\n\n", paragraphs), 100);
        Assert.Equal([$"{paragraphs[0]}\n\n{paragraphs[1]}", paragraphs[2], paragraphs[3]], parts);
    }

    [Fact]
    public void A_paragraph_too_long_for_one_message_is_cut_between_lines_then_sentences()
    {
        var list = "Stretch:\n1. Stand facing a wall.\n2. Step back.\n3. Hold for 30 seconds.";
        Assert.Equal(["Stretch:\n1. Stand facing a wall.", "2. Step back.\n3. Hold for 30 seconds."], TeamsMessageSplitter.SplitText(list, 40));

        var prose = "Cramps are common. They often come at night! Why? Nobody knows for sure.";
        Assert.Equal(["Cramps are common.", "They often come at night! Why?", "Nobody knows for sure."], TeamsMessageSplitter.SplitText(prose, 30));
    }

    [Fact]
    public void A_sentence_too_long_is_cut_between_words_and_a_word_too_long_is_cut_last()
    {
        Assert.Equal(["one two", "three four", "five"], TeamsMessageSplitter.SplitText("one two three four five", 10));
        Assert.Equal(["see", "https://ex", "ample.org/", "leaflet"], TeamsMessageSplitter.SplitText("see https://example.org/leaflet", 10));
    }

    [Fact]
    public void A_cut_never_separates_the_halves_of_an_emoji()
    {
        var text = new string('a', 9) + "😀" + "bbb";
        var parts = TeamsMessageSplitter.SplitText(text, 10);
        Assert.Equal([new string('a', 9), "😀bbb"], parts);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(333)]
    [InlineData(4000)]
    public void Every_part_fits_and_no_word_is_lost(int limit)
    {
        var text = EchoTestBot.LongText();
        var parts = TeamsMessageSplitter.SplitText(text, limit);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, limit));
        Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), parts.SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Parts_keep_the_addressing_and_buttons_and_hints_go_on_the_last_part()
    {
        var message = Message("First paragraph.\n\nSecond paragraph.");
        var parts = TeamsMessageSplitter.Split(message, 20);

        Assert.Equal(["First paragraph.", "Second paragraph."], parts.Select(p => p.Text));
        Assert.All(parts, p => Assert.Equal(("c", "in-1", TextFormatTypes.Plain), (p.Conversation!.Id, p.ReplyToId, p.TextFormat)));
        Assert.Equal((InputHints.IgnoringInput, "spoken", 1), (parts[0].InputHint, parts[0].Speak, parts[0].Entities!.Count));
        Assert.Null(parts[0].SuggestedActions);
        Assert.Equal((InputHints.ExpectingInput, (string?)null, 0), (parts[1].InputHint, parts[1].Speak, parts[1].Entities!.Count));
        Assert.Equal("Yes", Assert.Single(parts[1].SuggestedActions!.Actions).Title);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", message.Text);
    }

    [Fact]
    public void A_mention_entity_goes_with_the_part_that_holds_its_text()
    {
        var message = Message("First paragraph.\n\nThanks <at>Megan</at>.");
        message.Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:m" }, Text = "<at>Megan</at>" }];
        var parts = TeamsMessageSplitter.Split(message, 25);
        Assert.Empty(parts[0].Entities!);
        Assert.Equal("<at>Megan</at>", Assert.Single(parts[1].Entities!).Text);
    }
}
