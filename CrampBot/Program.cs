using CrampBot.Channels.Authentication;
using CrampBot.Channels.Connector;
using CrampBot.Channels.Teams;
using CrampBot.Channels.WebChat;
using CrampBot.Content;
using CrampBot.CrampConversation;
using CrampBot.Hosting;
using CrampBot.Storage;
using CrampBot.Understanding;

var builder = WebApplication.CreateBuilder(args);

// Telemetry: Application Insights when its connection string is set, nothing otherwise.
builder.Services.AddCrampBotTelemetry(builder.Configuration);

// State: the store the configuration names (an embedded SQLite file by default).
builder.Services.AddBotStorage();

// Messaging: the turn pipeline behind POST /api/messages, then the channels (their middleware runs in this order).
builder.Services.AddBotMessaging();
builder.Services.AddBotAuthentication(builder.Configuration);
builder.Services.AddBotConnector();
builder.Services.AddTeamsChannel();
builder.Services.AddWebChatWidget();

// The clinic app: the vetted content, the offline recognizer, the cramp conversation.
builder.Services.AddCrampBotContent();
builder.Services.AddCrampBotUnderstanding();
builder.Services.AddCrampConversation();

// What an operator sees: OpenTelemetry traces and metrics, exported by OTLP when an endpoint is configured.
builder.Services.AddCrampBotOpenTelemetry(builder.Configuration);

var app = builder.Build();
// Outside Development: plain HTTP is redirected to HTTPS (HTTPS_PORT names the port behind a proxy) and browsers are
// told by HSTS to use HTTPS only.
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.MapBotMessaging();
app.MapWebChatWidget();
app.Run();

/// <summary>The entry point; public so the tests can host the real app.</summary>
public partial class Program;
