
namespace CrampBot.Tests.CrampConversation;

public sealed class RestartTests
{
    [Fact]
    public async Task A_new_host_on_the_same_sqlite_file_resumes_the_dialog_mid_waterfall()
    {
        string path, conversationId, userId;
        using (var before = new BotHost())
        {
            await using var chat = before.StartConversation();
            (path, conversationId, userId) = (before.SqlitePath!, chat.ConversationId, chat.UserId);
            await chat.Join().AssertReply("I'm CrampBot");
            await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        }

        using var after = new BotHost(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path });
        await using var resumed = after.StartConversation(conversationId: conversationId, userId: userId);
        await resumed.Send("yes").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
    }

    [Fact]
    public async Task State_written_by_other_dialogs_restarts_politely()
    {
        using var host = new BotHost();
        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");

        // A deploy renamed the dialogs: the stored stack names one that no longer exists.
        var storage = (CrampBot.Storage.IStorage)host.Services.GetService(typeof(CrampBot.Storage.IStorage))!;
        var key = $"test/conversations/{chat.ConversationId}";
        var document = (await storage.ReadAsync([key]))[key];
        document["dialogState"]!["dialogStack"]![0]!["id"] = "aDialogFromLastYear";
        await storage.WriteAsync(new Dictionary<string, System.Text.Json.Nodes.JsonObject> { [key] = document });

        await chat.Send("yes").AssertReply("let's start again").AssertReply("talk to your doctor");
    }
}
