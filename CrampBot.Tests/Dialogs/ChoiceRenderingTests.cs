using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

/// <summary>How choices look per channel, both through a ChoicePrompt and through the factory directly.</summary>
public class ChoiceRenderingTests
{
    private static readonly string[] Three = ["Calf", "Foot", "Thigh"];
    private static readonly string[] Four = ["Calf", "Foot", "Thigh", "Other"];

    private static async Task<Activity> AskOn(string[] choices, string channelId, string? conversationType = null, bool? isGroup = null, ListStyle? style = null)
    {
        Activity? question = null;
        var options = new PromptOptions { Prompt = MessageFactory.Text("Where?"), Choices = ChoiceFactory.ToChoices(choices), Style = style };
        await DialogTestDriver.RunAsync(PromptHarness.Echo(new ChoicePrompt("choice"), options), async talk =>
        {
            await talk.SendAsync("hi");
            question = talk.Reply();
        }, channelId, conversationType, isGroup);
        return question!;
    }

    private static void AssertHeroCard(Activity message, string[] titles)
    {
        Assert.Null(message.SuggestedActions);
        var card = Assert.Single(message.Attachments!);
        Assert.Equal(ContentTypes.HeroCard, card.ContentType);
        var buttons = card.Content!["buttons"]!.AsArray();
        Assert.Equal(titles, buttons.Select(b => b!["title"]!.GetValue<string>()));
        // messageBack: the value reaches the bot as text (and value.text), the title is shown as the user's bubble.
        Assert.All(buttons, b => Assert.Equal(ActionTypes.MessageBack, b!["type"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal(b!["title"]!.GetValue<string>(), b["text"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal(b!["title"]!.GetValue<string>(), b["displayText"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal(b!["title"]!.GetValue<string>(), b["value"]!["text"]!.GetValue<string>()));
        Assert.Equal("Where?", message.Text);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task Web_channels_get_suggested_actions(string channelId)
    {
        var question = await AskOn(Four, channelId);
        Assert.Equal("Where?", question.Text);
        Assert.Equal(Four, question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(question.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Empty(question.Attachments ?? []);
    }

    [Fact]
    public async Task Teams_personal_chats_get_up_to_three_suggested_actions()
    {
        var question = await AskOn(Three, "msteams", "personal");
        Assert.Equal(Three, question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Empty(question.Attachments ?? []);
    }

    [Fact]
    public async Task Teams_personal_chats_get_a_card_for_more_than_three_choices()
    {
        AssertHeroCard(await AskOn(Four, "msteams", "personal"), Four);
    }

    [Theory]
    [InlineData("groupChat", null)]
    [InlineData("channel", null)]
    [InlineData(null, true)]
    public async Task Teams_group_chats_and_channels_get_a_card_because_suggested_actions_do_not_show_there(string? conversationType, bool? isGroup)
    {
        AssertHeroCard(await AskOn(Three, "msteams", conversationType, isGroup), Three);
    }

    [Fact]
    public async Task An_unknown_channel_gets_a_numbered_list()
    {
        var question = await AskOn(Four, "sms");
        Assert.Equal("Where?\n\n1. Calf\n2. Foot\n3. Thigh\n4. Other", question.Text);
        Assert.Null(question.SuggestedActions);
        Assert.Empty(question.Attachments ?? []);
    }

    [Fact]
    public async Task An_unknown_channel_gets_few_short_choices_inline()
    {
        Assert.Equal("Where? (1) Calf, (2) Foot, or (3) Thigh", (await AskOn(Three, "sms")).Text);
    }

    [Fact]
    public async Task A_requested_style_the_channel_cannot_show_falls_back()
    {
        AssertHeroCard(await AskOn(Three, "msteams", "groupChat", style: ListStyle.SuggestedAction), Three);
        Assert.Equal("Where?\n\n1. Calf\n2. Foot\n3. Thigh", (await AskOn(Three, "webchat", style: ListStyle.List)).Text);
        Assert.Equal("Where?", (await AskOn(Three, "webchat", style: ListStyle.None)).Text);
    }

    [Fact]
    public void A_message_with_attachments_never_also_gets_suggested_actions()
    {
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Where?",
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard }],
        };
        ChoiceFactory.AppendChoices(message, ChoiceFactory.ToChoices(Three), ListStyle.SuggestedAction, ChannelCapabilities.Known["webchat"]);
        Assert.Null(message.SuggestedActions);
        Assert.Equal([ContentTypes.AdaptiveCard, ContentTypes.HeroCard], message.Attachments.Select(a => a.ContentType));
    }

    [Fact]
    public void Long_titles_are_listed_rather_than_inlined_and_choice_actions_are_kept()
    {
        var choices = new List<Choice>
        {
            new("yes") { Action = new CardAction { Type = ActionTypes.PostBack, Title = "Yes, it happens every single night" } },
            new("no"),
        };
        var message = ChoiceFactory.ForChannel(ChannelCapabilities.None, choices, "Nightly?");
        Assert.Equal("Nightly?\n\n1. Yes, it happens every single night\n2. no", message.Text);

        var buttons = ChoiceFactory.ForChannel(ChannelCapabilities.Known["webchat"], choices).SuggestedActions!.Actions;
        Assert.Equal((ActionTypes.PostBack, "yes"), (buttons[0].Type, buttons[0].Value!.GetValue<string>()));
        Assert.Equal(ActionTypes.ImBack, buttons[1].Type);
    }

    [Fact]
    public void Capabilities_come_from_the_channel_and_the_conversation_type()
    {
        static ChannelCapabilities For(string channelId, string? type = null) =>
            ChannelCapabilities.For(new Activity { ChannelId = channelId, Conversation = new ConversationAccount { Id = "c", ConversationType = type } });

        Assert.Equal(ChannelCapabilities.None, For("facebook"));
        Assert.Equal(3, For("msteams", "personal").MaxSuggestedActions);
        Assert.Equal(0, For("msteams", "groupChat").MaxSuggestedActions);
        Assert.Equal(6, For("msteams", "channel").MaxCardActions);
        Assert.Equal(100, For("WebChat").MaxSuggestedActions);
    }
}
