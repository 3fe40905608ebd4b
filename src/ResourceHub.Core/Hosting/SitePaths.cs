using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ResourceHub.Core.Hosting;

/// <summary>
/// Where the site writes: <c>ResourceHub:DataPath</c> (default <c>App_Data</c> beside the app),
/// and where its read-only inputs are (the content root with appsettings.json and recipes/).
/// </summary>
public sealed class SitePaths
{
    public SitePaths(IConfiguration configuration, IHostEnvironment environment)
    {
        ContentRoot = environment.ContentRootPath;
        var configured = configuration["ResourceHub:DataPath"];
        DataPath = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, ContentRoot);
        Directory.CreateDirectory(DataPath);
    }

    public string ContentRoot { get; }

    public string DataPath { get; }

    /// <summary>A sub-folder of the data folder, created on first use.</summary>
    public string Data(string name)
    {
        var path = Path.Combine(DataPath, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
