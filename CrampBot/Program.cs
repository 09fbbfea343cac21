using CrampBot.Channels.WebChat;
using CrampBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrampBot();
builder.Services.AddWebChatWidget();

var app = builder.Build();
app.MapCrampBot();
app.MapWebChatWidget();
app.Run();

/// <summary>The entry point; public so the tests can host the real app.</summary>
public partial class Program;
