using Analytics.Engine;
using Dashboard;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAnalyticsEngine(builder.Configuration);
builder.AddDashboard();

var app = builder.Build();

app.MapDashboard();

app.Run();

/// <summary>Entry point, public so <c>WebApplicationFactory&lt;Program&gt;</c> tests can start the host.</summary>
public partial class Program;
