using CrampBot.Channels.Teams;
using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Teams;

/// <summary>
/// The cramp conversation in Teams: the playground's captured activities replayed through the real app (the real
/// bot, normal delivery) with replies posted to a connector that enforces the playground's rules.
/// </summary>
public sealed class CrampTeamsTranscriptTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private readonly BotHost _host = new(new Dictionary<string, string?> { ["Connector:MaxRetries"] = "0" });
    private int _sequence;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _host.DisposeAsync();
    }

    private TeamsChat Chat() => new(_host.CreateClient(), _connector, trailingSlash: true);

    /// <summary>The captured personal message with new text and a new id (the same id twice is a redelivery).</summary>
    private Activity Personal(string? text, JsonNode? value = null)
    {
        var message = TeamsActivities.Captured("message_personal");
        message.Id = $"personal-{++_sequence}";
        message.Text = text;
        message.Value = value;
        return message;
    }

    private async Task<TeamsChat> InstalledAsync()
    {
        var chat = Chat();
        await chat.Send(TeamsActivities.Captured("installationUpdate"), "installationUpdate").AssertReply("I'm CrampBot");
        await chat.Send(TeamsActivities.Captured("conversationUpdate_membersAdded"), "conversationUpdate").AssertNoMoreReplies();
        return chat;
    }

    private static JsonArray HeroButtons(Activity reply) =>
        Assert.Single(reply.Attachments!, a => a.ContentType == ContentTypes.HeroCard).Content!["buttons"]!.AsArray();

    [Fact]
    public async Task Install_gives_one_welcome_with_the_disclaimer_and_the_menu_as_card_buttons()
    {
        await using var chat = Chat();
        await chat.Send(TeamsActivities.Captured("installationUpdate"), "installationUpdate")
            .AssertReply(reply =>
            {
                Assert.Contains("I'm CrampBot", reply.Text);
                Assert.Contains("not a diagnosis", reply.Text);
                Assert.Contains("What is a leg cramp?", HeroButtons(reply).Select(b => b!["title"]!.GetValue<string>()));
                Assert.All(HeroButtons(reply), b => Assert.Equal(ActionTypes.MessageBack, b!["type"]!.GetValue<string>()));
                Assert.Null(reply.SuggestedActions);
            })
            .AssertNoMoreReplies();
        await chat.Send(TeamsActivities.Captured("conversationUpdate_membersAdded"), "conversationUpdate").AssertNoMoreReplies();
        await chat.Send(Personal("hello"), "hello").AssertReply("I'm CrampBot");
    }

    [Fact]
    public async Task Removing_the_app_and_installing_it_again_starts_afresh_with_a_welcome()
    {
        await using var chat = await InstalledAsync();
        await chat.Send(Personal("my calf hurts"), "my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        var remove = TeamsActivities.Captured("installationUpdate");
        (remove.Id, remove.Action) = ("remove-1", "remove");
        await chat.Send(remove, "uninstall").AssertNoMoreReplies();
        var install = TeamsActivities.Captured("installationUpdate");
        install.Id = "install-2";
        await chat.Send(install, "install again").AssertReply("I'm CrampBot").AssertNoMoreReplies();
        // The unanswered swelling question went with the old install: "yes" is not read as its answer.
        await chat.Send(Personal("yes"), "yes").AssertReply(reply => Assert.DoesNotContain("doctor today", reply.Attachments?.FirstOrDefault()?.Content?.ToJsonString() ?? string.Empty));
    }

    [Fact]
    public async Task A_question_is_answered_from_the_leaflet()
    {
        await using var chat = await InstalledAsync();
        await chat.Send(Personal("how long does a cramp last"), "a question").AssertReply("up to 10 minutes").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Calf_pain_with_swelling_escalates_to_see_a_doctor_today_with_the_ultrasound_card_offered()
    {
        await using var chat = await InstalledAsync();
        await chat.Send(Personal("my calf hurts"), "my calf hurts")
            .AssertReply("sorry your leg hurts")
            .AssertReply(reply =>
            {
                // Three answers in a personal chat: suggested actions, which Teams shows there.
                Assert.Contains("Is your leg swollen?", reply.Text);
                Assert.Equal(["Yes", "No", "Not sure"], reply.SuggestedActions!.Actions.Select(a => a.Title));
            });
        var outcome = (await chat.Send(Personal("yes"), "yes")
            .AssertReply(reply =>
            {
                var card = Assert.Single(reply.Attachments!);
                Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
                Assert.Contains("Contact your doctor today", card.Content!.ToJsonString());
                Assert.Contains("\"style\":\"warning\"", card.Content.ToJsonString());
                Assert.Contains("blood clot", reply.Summary);
            })
            .AssertNoMoreReplies()).All[0];

        // The ultrasound topic is one tap away: the card's button is a messageBack in Teams.
        var ultrasound = FindSubmit(outcome, "ultrasound");
        var tap = Personal(ultrasound["msteams"]!["text"]!.GetValue<string>(), ultrasound.DeepClone());
        tap.ReplyToId = "1";
        await chat.Send(tap, "tap on the ultrasound button").AssertReply(reply =>
        {
            Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(reply.Attachments!).ContentType);
            Assert.Contains("ultrasound", reply.Summary, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Card_taps_work_as_teams_messageback_as_a_web_chat_style_submit_and_as_an_action_execute_invoke()
    {
        await using var chat = Chat();
        var welcome = (await chat.Send(TeamsActivities.Captured("installationUpdate"), "install").AssertReply("I'm CrampBot")).All[0];
        var button = HeroButtons(welcome).First(b => b!["title"]!.GetValue<string>() == "What is a leg cramp?")!;

        // Teams messageBack from the hero card: text and value.
        await chat.Send(Personal(button["text"]!.GetValue<string>(), button["value"]!.DeepClone()), "messageBack")
            .AssertReply("painful muscle contractions");

        // A submit that carries only a value, as the playground and Web Chat send an Action.Submit.
        var submit = TeamsActivities.Captured("actionSubmit_message");
        submit.Value = new JsonObject { ["text"] = "What is a leg cramp?" };
        await chat.Send(submit, "value-only submit").AssertReply("painful muscle contractions");

        // Action.Execute: the answer comes back in the HTTP body of the invoke.
        var invoke = TeamsActivities.Captured("actionExecute_invoke");
        invoke.Value!["action"]!["data"] = new JsonObject { ["text"] = "how long does a cramp last" };
        var (replies, body) = await chat.Invoke(invoke, "Action.Execute");
        replies.AssertReply("up to 10 minutes");
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal(AdaptiveCardInvokeResponses.MessageType, body["type"]!.GetValue<string>());
        Assert.Contains("up to 10 minutes", body["value"]!.GetValue<string>());

        // Action.Execute whose answer is a card: the card replaces the tapped one (HTTP body), and is not posted twice.
        var cardInvoke = TeamsActivities.Captured("actionExecute_invoke");
        cardInvoke.Id = "invoke-2";
        cardInvoke.Value!["action"]!["data"] = new JsonObject { ["text"] = "what do my kidneys do" };
        (replies, body) = await chat.Invoke(cardInvoke, "Action.Execute with a card answer");
        replies.AssertNoMoreReplies();
        Assert.Equal(ContentTypes.AdaptiveCard, body!["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Contains("kidneys", body["value"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("message_channel_with_mention", "team-id;messageid=1795630303357")]
    [InlineData("message_groupChat_with_mention", "d1a1546f-c57f-4577-9c18-ae0e23255894")]
    public async Task A_mention_in_a_group_chat_or_channel_is_answered_and_an_unmentioned_message_is_not(string captured, string conversationId)
    {
        await using var chat = Chat();
        var mention = TeamsActivities.Captured(captured);
        mention.Text = "<at>Test Bot</at> how long does a cramp last?";
        await chat.Send(mention, "a question with the bot's mention")
            .AssertReply("I'm CrampBot")
            .AssertReply("up to 10 minutes")
            .AssertNoMoreReplies();
        Assert.All(_connector.Received, request => Assert.Equal(conversationId, request.ConversationId));

        var chatter = TeamsActivities.Captured(captured);
        chatter.Id = "chatter-1";
        chatter.Text = "my calf hurts, anyone else?";
        chatter.Entities = [.. chatter.Entities!.Where(e => !e.IsMention)];
        await chat.Send(chatter, "a group message without the mention").AssertNoMoreReplies();
    }

    [Fact]
    public async Task The_leg_pain_check_in_a_channel_shows_its_answers_as_card_buttons_that_work_without_a_mention()
    {
        await using var chat = Chat();
        var mention = TeamsActivities.Captured("message_channel_with_mention");
        mention.Text = "<at>Test Bot</at> my calf hurts";
        var question = (await chat.Send(mention, "leg pain in a channel")
            .AssertReply("I'm CrampBot")
            .AssertReply("sorry your leg hurts")
            .AssertReply(reply => Assert.Null(reply.SuggestedActions))).All[^1];

        var yes = HeroButtons(question).First(b => b!["title"]!.GetValue<string>() == "Yes")!;
        var tap = TeamsActivities.Captured("message_channel_with_mention");
        tap.Id = "tap-1";
        tap.Text = yes["text"]!.GetValue<string>();
        tap.Value = yes["value"]!.DeepClone();
        tap.Entities = [];
        await chat.Send(tap, "Yes tapped in the channel").AssertReply(reply => Assert.Contains("Contact your doctor today", reply.Attachments![0].Content!.ToJsonString()));
    }

    private static JsonObject FindSubmit(Activity reply, string titleFragment)
    {
        var actions = reply.Attachments![0].Content!.ToJsonString();
        var all = Flatten(reply.Attachments[0].Content!).OfType<JsonObject>()
            .Where(node => node["type"]?.GetValue<string>() == "Action.Submit")
            .ToList();
        var action = all.FirstOrDefault(a => a["title"]!.GetValue<string>().Contains(titleFragment, StringComparison.OrdinalIgnoreCase));
        Assert.True(action is not null, $"No Action.Submit about {titleFragment} in {actions}");
        return action!["data"]!.AsObject();
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node) => node switch
    {
        JsonObject obj => new[] { node }.Concat(obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Flatten)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Flatten),
        _ => [],
    };
}
