using CrampBot.Channels.DirectLine;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDirectLine(builder.Configuration);
var app = builder.Build();
app.MapDirectLine();
app.MapGet("/healthz", () => "ok");
app.Run();

public partial class Program;
