using Npgsql;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Deployment;

/// <summary>
/// The deployment of deploy/: two node processes on one PostgreSQL database and one Azurite
/// container, behind nginx with deploy/nginx/resourcehub.conf. Both nodes start at once on the new
/// database, as systemd starts them: one migrates and sets up, the other waits for it.
/// </summary>
public sealed class TwoNodeDeployment : IAsyncLifetime
{
    /// <summary>How long a PATCH whose node died holds its upload (deployed default: 30 s).</summary>
    public const int UploadLeaseSeconds = 5;

    private readonly string _database = "rh_deploy_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _data = Path.Combine(Path.GetTempPath(), "resourcehub-deploy", Guid.NewGuid().ToString("N"));
    private string? _unavailable;

    public NodeProcess A { get; private set; } = null!;
    public NodeProcess B { get; private set; } = null!;
    public NginxProcess Nginx { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _unavailable = !File.Exists(NginxProcess.Binary) ? $"{NginxProcess.Binary} is missing (apt-get install nginx-light)"
            : await Azurite.UnavailableReasonAsync() ?? await PostgreSqlSite.CreateDatabaseAsync(_database);
        if (_unavailable is not null)
        {
            return;
        }
        A = new NodeProcess("a", Environment("a"));
        B = new NodeProcess("b", Environment("b"));
        A.Start();
        B.Start();
        await Task.WhenAll(A.WaitReadyAsync(TimeSpan.FromMinutes(4)), B.WaitReadyAsync(TimeSpan.FromMinutes(4)));
        Nginx.Start([A.Port, B.Port]);
    }

    /// <summary>Skips (or under RESOURCEHUB_REQUIRE_ALL=1 fails) when nginx, PostgreSQL or Azurite is missing.</summary>
    public void EnsureAvailable()
    {
        if (_unavailable is not null)
        {
            Requirements.Unavailable("the two-node deployment (nginx, PostgreSQL, Azurite)", _unavailable);
        }
    }

    /// <summary>A client of the site as users reach it: through nginx.</summary>
    public ApiClient Site() => Client(Nginx.Address);

    /// <summary>Through nginx with <paramref name="user"/>'s bearer token.</summary>
    public ApiClient Site(ApiClient user) => Client(Nginx.Address, user);

    /// <summary>A client of <paramref name="address"/> (a node, or nginx), anonymous or with <paramref name="user"/>'s bearer token.</summary>
    public static ApiClient Client(Uri address, ApiClient? user = null)
    {
        var client = new ApiClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) });
        client.Http.DefaultRequestHeaders.Authorization = user?.Http.DefaultRequestHeaders.Authorization;
        return client;
    }

    /// <summary>The settings in deploy/resourcehub.env.example, pointed at the test's database and container.</summary>
    private Dictionary<string, string> Environment(string node) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ResourceHub__DataPath"] = Path.Combine(_data, node),
        ["ResourceHub__Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = new NpgsqlConnectionStringBuilder(PostgreSqlSite.ServerConnectionString) { Database = _database, MaxPoolSize = 10 }.ConnectionString,
        ["ResourceHub__Blobs__Provider"] = "AzureBlob",
        ["ResourceHub__Blobs__AzureConnectionString"] = Azurite.ConnectionString,
        ["ResourceHub__Blobs__AzureContainer"] = _database.Replace('_', '-'),
        ["ResourceHub__Blobs__AzureServiceVersion"] = Azurite.ServiceVersion,
        ["ResourceHub__Security__ForwardedHeaders"] = "true",
        ["ResourceHub__Security__KnownProxies"] = "127.0.0.1",
        ["ResourceHub__Metrics__AllowedNetworks"] = "127.0.0.1",
        ["ResourceHub__Setup__AdminPassword"] = SiteFixture.AdminPassword,
        ["ResourceHub__Files__UploadLeaseSeconds"] = UploadLeaseSeconds.ToString(),
        ["ResourceHub__Search__PollSeconds"] = "0.5",
        ["ResourceHub__Media__PollSeconds"] = "0.5",
    };

    public async ValueTask DisposeAsync()
    {
        Nginx.Dispose();
        A?.Dispose();
        B?.Dispose();
        if (_unavailable is null)
        {
            await PostgreSqlSite.DropDatabaseAsync(_database);
        }
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
