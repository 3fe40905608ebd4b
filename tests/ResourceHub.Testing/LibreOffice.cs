using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Media.Processing;

namespace ResourceHub.Testing;

/// <summary>Office previews need LibreOffice on the server: without it these tests skip (fail under RESOURCEHUB_REQUIRE_ALL=1).</summary>
public static class LibreOffice
{
    /// <summary>Asks the site itself, so the test sees the same LibreOffice as its worker.</summary>
    public static void EnsureAvailable(SiteFixture site)
    {
        site.EnsureAvailable();
        if (site.Services.GetRequiredService<OfficePreviewMaker>().Tool is null)
        {
            Requirements.Unavailable("LibreOffice", "no soffice or libreoffice on PATH (apt-get install libreoffice-writer-nogui libreoffice-impress-nogui)");
        }
    }
}
