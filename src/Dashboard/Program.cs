// Placeholder entry point until the web host issue lands: the host itself is built in issue 4.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();

public partial class Program;
