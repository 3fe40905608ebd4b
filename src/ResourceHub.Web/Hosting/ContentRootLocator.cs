namespace ResourceHub.Web.Hosting;

/// <summary>
/// The site's settings (appsettings.json) and recipes live at the repository root, whichever
/// folder the site is started from: <c>dotnet run --project src/ResourceHub.Web</c>, a test run,
/// or a published folder that carries its own copy.
/// </summary>
public static class ContentRootLocator
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "recipes")))
                {
                    return dir.FullName;
                }
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
