using CrampBot.Channels.DirectLine;
using CrampBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrampBot();
builder.Services.AddDirectLine(builder.Configuration);

var app = builder.Build();
app.MapCrampBot();
app.MapDirectLine();
app.Run();

/// <summary>The entry point; public so the tests can host the real app.</summary>
public partial class Program;
