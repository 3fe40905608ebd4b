using Microsoft.EntityFrameworkCore;
using Npgsql;
using ResourceHub.Core.Data;

namespace ResourceHub.Web.Setup;

/// <summary>
/// Nodes started together (systemd on several machines, after an upgrade) migrate and set up the
/// shared PostgreSQL database one at a time: a session advisory lock on a connection of its own.
/// The others wait, then find the work done. SQLite is one node's file: nothing to share.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    // Any constant the site owns; "RHub" in ASCII.
    private const long Key = 0x5248_7562;

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(ResourceHubDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
        await command.ExecuteNonQueryAsync(ct);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        await _connection.DisposeAsync();
    }
}
