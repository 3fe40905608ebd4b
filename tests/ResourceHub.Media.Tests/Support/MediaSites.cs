using ResourceHub.Testing;

namespace ResourceHub.Media.Tests.Support;

/// <summary>Small limits, so that 413, the quota and a zip bomb are cheap to reach in a test.</summary>
internal static class MediaSettings
{
    public const long MaxFileBytes = 4 << 20;
    public const long SchoolQuotaBytes = 40 << 20;

    public static IEnumerable<KeyValuePair<string, string>> Limits =>
    [
        new("ResourceHub:Files:MaxFileBytes", MaxFileBytes.ToString()),
        new("ResourceHub:Files:SchoolQuotaBytes", SchoolQuotaBytes.ToString()),
        new("ResourceHub:Media:MaxInflatedBytes", (64 << 20).ToString()),
        new("ResourceHub:Media:PollSeconds", "0.5"),
        new("ResourceHub:Media:JobTimeoutSeconds", "60"),
        // Short, so that a dead node's job is taken over within seconds.
        new("ResourceHub:Media:JobLeaseSeconds", "3"),
    ];
}

public sealed class MediaSqliteSite : SqliteSite
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [.. base.Settings(), .. MediaSettings.Limits];
}

public sealed class MediaPostgreSqlSite : PostgreSqlSite
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [.. base.Settings(), .. MediaSettings.Limits];
}

/// <summary>SQLite with the blobs in Azurite: the API suite against Azure Blob Storage.</summary>
public sealed class MediaAzuriteSite : SqliteSite
{
    public override string Provider => "SQLite + Azurite";

    public string Container { get; } = "rh-" + Guid.NewGuid().ToString("N")[..12];

    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [.. base.Settings(), .. MediaSettings.Limits, .. Azurite.Settings(Container)];

    protected override async ValueTask<string?> PrepareAsync() => await Azurite.UnavailableReasonAsync() ?? await base.PrepareAsync();
}

/// <summary>The deployment of several nodes: PostgreSQL with the blobs in Azurite.</summary>
public sealed class MediaPostgreSqlAzuriteSite : PostgreSqlSite
{
    public override string Provider => "PostgreSQL + Azurite";

    private readonly string _container = "rh-" + Guid.NewGuid().ToString("N")[..12];

    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [.. base.Settings(), .. MediaSettings.Limits, .. Azurite.Settings(_container)];

    protected override async ValueTask<string?> PrepareAsync() => await Azurite.UnavailableReasonAsync() ?? await base.PrepareAsync();
}

/// <summary>A server whose configured LibreOffice is not there: Office files keep their text preview.</summary>
public sealed class MediaWithoutLibreOfficeSite : SqliteSite
{
    public override string Provider => "SQLite without LibreOffice";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. base.Settings(), .. MediaSettings.Limits, new("ResourceHub:Media:LibreOfficePath", "/nonexistent/libreoffice/program/soffice")];
}

/// <summary>No background worker: a test claims the queued jobs itself, in the order the queue hands them out.</summary>
public sealed class MediaIdleSqliteSite : SqliteSite
{
    public override string Provider => "SQLite without a media worker";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. base.Settings(), .. MediaSettings.Limits, new("ResourceHub:Media:WorkerEnabled", "false")];
}

public sealed class MediaIdlePostgreSqlSite : PostgreSqlSite
{
    public override string Provider => "PostgreSQL without a media worker";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. base.Settings(), .. MediaSettings.Limits, new("ResourceHub:Media:WorkerEnabled", "false")];
}

/// <summary>A node configured for three jobs at once.</summary>
public sealed class MediaThreeWorkersSite : SqliteSite
{
    public const int Workers = 3;

    public override string Provider => "SQLite with three media workers";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. base.Settings(), .. MediaSettings.Limits, new("ResourceHub:Media:Workers", Workers.ToString())];
}
