using CrampBot.Builder;
using CrampBot.Channels.Teams;
using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Teams;

/// <summary>
/// The captured playground traffic replayed through the real app and the Teams middleware, with a small test bot
/// (<see cref="EchoTestBot"/>) so that these tests describe the middleware, not the conversation.
/// </summary>
public sealed class TeamsPipelineTests : IAsyncLifetime
{
    private const string BotId = "00000000-0000-0000-0000-00000000000011";

    private FakeConnector _connector = null!;
    private readonly BotHost _host = new(
        new Dictionary<string, string?> { ["Connector:MaxRetries"] = "0", ["Teams:MaxMessageLength"] = "4000" },
        services => services.AddSingleton<IBot, EchoTestBot>());

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _host.DisposeAsync();
    }

    private TeamsChat Chat(bool trailingSlash = false) => new(_host.CreateClient(), _connector, trailingSlash);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Install_then_conversation_update_welcomes_once_and_replies_keep_the_service_url_path(bool trailingSlash)
    {
        await using var chat = Chat(trailingSlash);
        await chat.Send(TeamsActivities.Captured("installationUpdate"), "installationUpdate").AssertReply("Welcome user-id-0!").AssertNoMoreReplies();
        // The playground's conversationUpdate lists the user and the bot: the user was welcomed already.
        await chat.Send(TeamsActivities.Captured("conversationUpdate_membersAdded"), "conversationUpdate").AssertNoMoreReplies();
        await chat.Send(TeamsActivities.Captured("message_personal"), "hello there").AssertReply("you said: hello there");

        var welcome = _connector.Received[0];
        Assert.Equal("/_connector/v3/conversations/52791b9a-9ae5-45d0-9dc3-b42c952ef9fb/activities/c0e0781f-5bef-4433-aab8-392ef479f685", welcome.RawTarget);
        Assert.Equal(BotId, welcome.Activity!.From!.Id);
        Assert.Equal("user-id-0", welcome.Activity.Recipient!.Id);
    }

    [Fact]
    public async Task Real_teams_install_lists_only_the_bot_and_still_welcomes_the_user_once()
    {
        await using var chat = Chat(trailingSlash: true);
        var update = TeamsActivities.Captured("conversationUpdate_membersAdded");
        update.MembersAdded = [new ChannelAccount { Id = BotId }];
        await chat.Send(update, "conversationUpdate adding the bot").AssertReply("Welcome user-id-0!").AssertNoMoreReplies();
        await chat.Send(TeamsActivities.Captured("installationUpdate"), "installationUpdate").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Removing_the_app_lets_a_new_install_welcome_again()
    {
        await using var chat = Chat();
        await chat.Send(TeamsActivities.Captured("installationUpdate"), "install").AssertReply("Welcome");
        var remove = TeamsActivities.Captured("installationUpdate");
        (remove.Id, remove.Action) = ("remove-1", "remove");
        await chat.Send(remove, "uninstall").AssertNoMoreReplies();
        var again = TeamsActivities.Captured("installationUpdate");
        again.Id = "install-2";
        await chat.Send(again, "install again").AssertReply("Welcome");
    }

    [Theory]
    [InlineData("message_channel_with_mention", "hi from the channel", "team-id;messageid=1795630303357")]
    [InlineData("message_groupChat_with_mention", "hi from the group", "d1a1546f-c57f-4577-9c18-ae0e23255894")]
    public async Task A_mention_in_a_group_is_answered_without_the_mention_markup(string captured, string said, string conversationId)
    {
        await using var chat = Chat();
        await chat.Send(TeamsActivities.Captured(captured), captured).AssertReply(reply => Assert.Equal($"#1 you said: {said}", reply.Text));
        var request = Assert.Single(_connector.Received);
        Assert.Equal(conversationId, request.ConversationId);
        Assert.Equal(conversationId, request.Activity!.Conversation!.Id);
    }

    [Theory]
    [InlineData("message_channel_with_mention")]
    [InlineData("message_groupChat_with_mention")]
    public async Task A_group_message_without_the_bots_mention_is_ignored(string captured)
    {
        await using var chat = Chat();
        var message = TeamsActivities.Captured(captured);
        message.Text = "just chatting among ourselves";
        message.Entities = [.. message.Entities!.Where(e => !e.IsMention)];
        await chat.Send(message, "unmentioned group message").AssertNoMoreReplies();
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task A_group_message_mentioning_someone_else_is_ignored()
    {
        await using var chat = Chat();
        var message = TeamsActivities.Captured("message_groupChat_with_mention");
        message.Text = "<at>Megan</at> see you at noon";
        message.Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "user-id-7", Name = "Megan" }, Text = "<at>Megan</at>" }];
        await chat.Send(message, "message to a colleague").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Card_taps_in_a_group_are_processed_without_a_mention()
    {
        await using var chat = Chat();
        var messageBack = TeamsActivities.Captured("message_channel_with_mention");
        messageBack.Text = "yes";
        messageBack.Entities = [];
        messageBack.Value = new JsonObject { ["text"] = "yes" };
        await chat.Send(messageBack, "messageBack in a channel").AssertReply("you said: yes");

        var submit = TeamsActivities.Captured("message_groupChat_with_mention");
        submit.Text = null;
        submit.Entities = [];
        submit.Value = new JsonObject { ["text"] = "no" };
        await chat.Send(submit, "value-only submit in a group chat").AssertReply("you said: no");
    }

    [Fact]
    public async Task A_value_only_submit_from_the_playground_is_processed_in_a_personal_chat()
    {
        await using var chat = Chat();
        var submit = TeamsActivities.Captured("actionSubmit_message");
        submit.Value = new JsonObject { ["text"] = "done" };
        await chat.Send(submit, "Action.Submit").AssertReply("you said: done");
    }

    [Fact]
    public async Task An_action_execute_invoke_is_answered_in_the_http_body_with_the_bots_card()
    {
        await using var chat = Chat();
        var invoke = TeamsActivities.Captured("actionExecute_invoke");
        invoke.Value!["action"]!["data"] = new JsonObject { ["text"] = "card" };
        var (replies, body) = await chat.Invoke(invoke, "Action.Execute card");

        // The card replaces the tapped one, so it is not posted as well.
        replies.AssertNoMoreReplies();
        var expected = TeamsActivities.ExpectedInvokeResponse();
        Assert.Equal(expected["statusCode"]!.GetValue<int>(), body!["statusCode"]!.GetValue<int>());
        Assert.Equal(expected["type"]!.GetValue<string>(), body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Equal("Kidneys and cramps", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_action_execute_invoke_answered_with_text_posts_it_and_returns_it_as_a_message_response()
    {
        await using var chat = Chat();
        var invoke = TeamsActivities.Captured("actionExecute_invoke");
        invoke.Value!["action"]!["data"] = new JsonObject { ["text"] = "yes" };
        var (replies, body) = await chat.Invoke(invoke, "Action.Execute yes");

        replies.AssertReply("you said: yes");
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal(AdaptiveCardInvokeResponses.MessageType, body["type"]!.GetValue<string>());
        Assert.Equal("#1 you said: yes", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_captured_refresh_invoke_without_text_reaches_the_bot_with_its_data()
    {
        await using var chat = Chat();
        var (replies, body) = await chat.Invoke(TeamsActivities.Captured("actionExecute_invoke"), "Action.Execute refresh");
        // The action's data ({"n":1}) has no text; the bot saw a message with that value and no text.
        replies.AssertReply(reply => Assert.Equal("#1 you said: ", reply.Text));
        Assert.Equal(AdaptiveCardInvokeResponses.MessageType, body!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_action_execute_turn_answers_500_and_sends_no_apology_to_the_card()
    {
        await using var chat = Chat();
        var invoke = TeamsActivities.Captured("actionExecute_invoke");
        invoke.Value!["action"]!["data"] = new JsonObject { ["text"] = "boom" };
        var (replies, _) = await chat.Post(invoke, "Action.Execute boom", HttpStatusCode.InternalServerError);
        replies.AssertNoMoreReplies();
    }

    [Fact]
    public async Task Other_invokes_are_not_turned_into_messages()
    {
        await using var chat = Chat();
        var invoke = TeamsActivities.Captured("actionExecute_invoke");
        invoke.Name = "task/fetch";
        var (replies, _) = await chat.Post(invoke, "task/fetch", HttpStatusCode.NotImplemented);
        replies.AssertNoMoreReplies();
    }

    [Fact]
    public async Task A_long_answer_reaches_teams_as_several_messages_under_the_limit()
    {
        await using var chat = Chat();
        var message = TeamsActivities.Captured("message_personal");
        message.Text = "long";
        var replies = await chat.Send(message, "long");

        Assert.True(replies.All.Count > 1, $"expected several parts, got {replies.All.Count}");
        Assert.All(replies.All, part => Assert.InRange(part.Text!.Length, 1, 4000));
        Assert.All(_connector.Received, request => Assert.True(request.Body.Length < 28 * 1024, $"{request.Body.Length} bytes"));
        Assert.Equal(EchoTestBot.LongText(), string.Join("\n\n", replies.All.Select(r => r.Text)));
        foreach (var _ in replies.All)
        {
            replies.AssertReply("Paragraph");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_activity_schema_examples_pass_through_the_teams_pipeline(string example, int status, string? reply)
    {
        await using var chat = Chat(trailingSlash: true);
        var (replies, _) = await chat.Post(TeamsActivities.Example(example), example, (HttpStatusCode)status);
        if (reply is not null)
        {
            replies.AssertReply(reply);
        }
        replies.AssertNoMoreReplies();
    }

    /// <summary>Every example, with the status and reply expected from the test bot behind the Teams middleware.</summary>
    public static TheoryData<string, int, string?> Examples()
    {
        var expected = new Dictionary<string, (int Status, string? Reply)>
        {
            // A group message that does not mention the bot: ignored.
            ["01-message"] = (200, null),
            // Someone joins a group chat: people joining a group are not welcomed one by one.
            ["03-conversationUpdate"] = (200, null),
            // An invoke the bot does not handle.
            ["07-invoke"] = (501, null),
            ["15-simple-message"] = (200, "you said: Hello, world!"),
        };
        var data = new TheoryData<string, int, string?>();
        foreach (var name in TeamsActivities.ExampleNames)
        {
            var (status, reply) = expected.GetValueOrDefault(name, (200, null));
            data.Add(name, status, reply);
        }
        return data;
    }
}
