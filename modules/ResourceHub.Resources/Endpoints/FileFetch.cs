using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ResourceHub.Resources.Endpoints;

/// <summary>What one request for a file's bytes means for the package's figures.</summary>
internal enum FetchCount
{
    /// <summary>A probe, a resumption, a later range or a 304: counts nothing.</summary>
    None,
    /// <summary>A person fetching the whole file (or starting to: the first range from byte 0).</summary>
    Download,
    /// <summary>The page opening the file: the PDF reader, the player, an image, an Office preview.</summary>
    View,
}

/// <summary>
/// Honest counts. A video's metadata preload, the PDF reader's chunked reads and a resumed
/// download each send several requests; only the one that starts at byte 0 and runs to the end
/// (no Range, "bytes=0-", or 0 to the last byte) starts a fetch, and only a fetch the browser
/// makes as a navigation (Sec-Fetch-Mode navigate: a download link) or an API client makes is a
/// download. A fetch for the page itself (Sec-Fetch-Dest video, audio, image, empty for pdf.js…, or <c>?view=1</c>,
/// which the package page puts on its reader and player) is a view.
/// </summary>
internal static class FileFetch
{
    public const string ViewParameter = "view";

    public static FetchCount Classify(HttpRequest request, EntityTagHeaderValue etag, long length)
    {
        if (!HttpMethods.IsGet(request.Method) || HoldsAlready(request, etag) || !StartsOver(request.Headers.Range.ToString(), length))
        {
            return FetchCount.None;
        }
        return IsForThePage(request) ? FetchCount.View : FetchCount.Download;
    }

    /// <summary>The URL of a file for showing on a page (reader, player): counted as a view, never a download.</summary>
    public static string ForViewing(string url) => url + (url.Contains('?') ? "&" : "?") + ViewParameter + "=1";

    private static bool HoldsAlready(HttpRequest request, EntityTagHeaderValue etag) =>
        request.Headers.IfNoneMatch.Count > 0 && request.Headers.IfNoneMatch.ToString().Contains(etag.Tag.Value!, StringComparison.Ordinal);

    /// <summary>The whole file from its first byte: no Range, or one range from 0 that is open or reaches the end.</summary>
    private static bool StartsOver(string range, long length)
    {
        if (range.Length == 0)
        {
            return true;
        }
        if (!RangeHeaderValue.TryParse(range, out var parsed) || parsed.Ranges.Count != 1
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var only = parsed.Ranges.First();
        return only.From == 0 && (only.To is null || only.To >= length - 1);
    }

    private static bool IsForThePage(HttpRequest request)
    {
        if (request.Query.ContainsKey(ViewParameter))
        {
            return true;
        }
        // Browsers say what a request is for. A navigation is a person's: a download link (Chromium
        // sends Dest "empty" with Mode "navigate" for it) or the file opened in a tab. No header: an API client.
        if (request.Headers["Sec-Fetch-Mode"].ToString() == "navigate")
        {
            return false;
        }
        var destination = request.Headers["Sec-Fetch-Dest"].ToString();
        return destination.Length > 0 && destination is not ("document" or "iframe" or "frame");
    }
}
