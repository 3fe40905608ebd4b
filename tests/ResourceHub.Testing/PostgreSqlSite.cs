using Npgsql;

namespace ResourceHub.Testing;

/// <summary>
/// The same site on PostgreSQL: a fresh database per fixture on the server named by
/// <c>RESOURCEHUB_TEST_POSTGRES</c> (default: the local server, user postgres).
/// </summary>
public class PostgreSqlSite : SiteFixture
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("RESOURCEHUB_TEST_POSTGRES") is { Length: > 0 } s
            ? s
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=30";

    private readonly string _database = "rh_test_" + Guid.NewGuid().ToString("N")[..16];

    public override string Provider => "PostgreSQL";

    // Many sites run at once across test projects: keep each one's pool small.
    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database, MaxPoolSize = 10 }.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("ResourceHub:Database:Provider", "PostgreSql"),
        new("ConnectionStrings:Default", ConnectionString),
    ];

    protected override async ValueTask<string?> PrepareAsync() => await CreateDatabaseAsync(_database);

    protected override async ValueTask CleanUpAsync() => await DropDatabaseAsync(_database);

    /// <summary>Creates a fresh database on the test server; returns why it cannot, or null.</summary>
    public static async Task<string?> CreateDatabaseAsync(string database)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return $"cannot reach {new NpgsqlConnectionStringBuilder(ServerConnectionString).Host}: {e.Message}";
        }
    }

    public static async Task DropDatabaseAsync(string database)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The server went away first; nothing left to clean.
        }
    }
}
