using CrampBot.Channels.Teams;

namespace CrampBot.Tests.Teams;

public class BotMentionsTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "CrampBot" },
        Entities = [.. entities],
    };

    private static Entity Mention(string id, string name, string? text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Theory]
    [InlineData("<at>CrampBot</at> what causes cramps?", "what causes cramps?")]
    [InlineData("what causes cramps <at>CrampBot</at>", "what causes cramps")]
    [InlineData("<at>CrampBot</at>\u00A0 my calf hurts\n", "my calf hurts")]
    [InlineData("<at>CrampBot</at>", "")]
    public void The_bots_mention_is_removed_wherever_it_is(string text, string expected)
    {
        var message = Message(text, Mention("28:bot", "CrampBot", "<at>CrampBot</at>"));
        Assert.True(BotMentions.IsBotMentioned(message));
        Assert.Equal(expected, BotMentions.RemoveFrom(message));
    }

    [Fact]
    public void A_mention_written_differently_from_its_entity_is_removed_by_the_bots_name()
    {
        var message = Message("<at>Cramp  bot</at> hello", Mention("28:bot", "Cramp Bot", "<at>Cramp Bot</at>"));
        Assert.Equal("hello", BotMentions.RemoveFrom(message));
    }

    [Fact]
    public void Other_peoples_mentions_are_kept_and_do_not_count_as_the_bots()
    {
        var message = Message("<at>Megan</at> ask <at>CrampBot</at> about it",
            Mention("29:megan", "Megan", "<at>Megan</at>"), Mention("28:bot", "CrampBot", "<at>CrampBot</at>"));
        Assert.Equal("<at>Megan</at> ask about it", BotMentions.RemoveFrom(message));

        var notTheBot = Message("<at>Megan</at> hi", Mention("29:megan", "Megan", "<at>Megan</at>"));
        Assert.False(BotMentions.IsBotMentioned(notTheBot));
        Assert.Equal("<at>Megan</at> hi", BotMentions.RemoveFrom(notTheBot));
    }

    [Fact]
    public void Entities_that_are_not_mentions_or_have_no_id_are_ignored()
    {
        var message = Message("<at>CrampBot</at> hi",
            new Entity { Type = "clientInfo" },
            new Entity { Type = "mention", Mentioned = new ChannelAccount { Name = "CrampBot" }, Text = "<at>CrampBot</at>" });
        Assert.False(BotMentions.IsBotMentioned(message));
    }

    [Fact]
    public void The_captured_channel_mention_is_the_bots()
    {
        var message = TeamsActivities.Captured("message_channel_with_mention");
        Assert.True(BotMentions.IsBotMentioned(message));
        Assert.Equal("hi from the channel", BotMentions.RemoveFrom(message));
    }
}
