using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace ResourceHub.Testing;

/// <summary>
/// The whole site, started as the README starts it but on a fresh data folder and database of
/// its own. One per test class (IClassFixture); tests in a class share it and use unique names.
/// </summary>
public abstract class SiteFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Admin-Passw0rd";

    private string? _unavailable;

    protected SiteFixture() : this(Path.Combine(Path.GetTempPath(), "resourcehub-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>A site on a given data folder (a restart test starts two, one after the other).</summary>
    protected SiteFixture(string dataPath) => DataPath = dataPath;

    public string DataPath { get; }

    /// <summary>False for a site whose data folder outlives it.</summary>
    protected virtual bool DeleteDataOnDispose => true;

    /// <summary>A name for this provider, shown in test output.</summary>
    public abstract string Provider { get; }

    /// <summary>Extra settings (ResourceHub:...) a derived fixture needs.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];

    /// <summary>Prepares what the provider needs (a database); returns why it cannot, or null.</summary>
    protected virtual ValueTask<string?> PrepareAsync() => ValueTask.FromResult<string?>(null);

    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataPath);
        _unavailable = await PrepareAsync();
    }

    /// <summary>Skips (or, in CI, fails) the calling test when the provider is missing.</summary>
    public void EnsureAvailable()
    {
        if (_unavailable is not null)
        {
            Requirements.Unavailable(Provider, _unavailable);
        }
    }

    /// <summary>An anonymous API client for this site.</summary>
    public ApiClient Api()
    {
        EnsureAvailable();
        return new ApiClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
    }

    /// <summary>An API client signed in as the administrator the setup created.</summary>
    public Task<ApiClient> AdminAsync() => Api().SignInAsync(AdminUserName, AdminPassword);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ResourceHub:DataPath", DataPath);
        builder.UseSetting("ResourceHub:Setup:AdminUserName", AdminUserName);
        builder.UseSetting("ResourceHub:Setup:AdminPassword", AdminPassword);
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await CleanUpAsync();
        try
        {
            if (DeleteDataOnDispose)
            {
                Directory.Delete(DataPath, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held by a finalising handle; the temp folder is cleaned by the OS.
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The embedded default: SQLite in the fixture's data folder.</summary>
public class SqliteSite : SiteFixture
{
    public override string Provider => "SQLite";
}
