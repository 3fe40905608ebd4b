using ResourceHub.Web.Hosting;

// The host only wires modules together; every capability lives in modules/.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRootLocator.Find(),
});
builder.WebHost.UseStaticWebAssets();
builder.AddResourceHub();

var app = builder.Build();
await app.InitializeResourceHubAsync();
app.UseResourceHub();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
