namespace ResourceHub.Media.Abstractions;

/// <summary>How a stored file may be served.</summary>
public static class ContentTypes
{
    /// <summary>Content types a browser would run (never served inline, whatever the allowlist holds).</summary>
    public static bool IsActive(string contentType)
    {
        var media = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return media is "text/html" or "application/xhtml+xml" or "image/svg+xml" or "text/xml" or "application/xml"
            or "text/javascript" or "application/javascript" or "application/x-javascript" or "text/ecmascript"
            || media.EndsWith("+xml", StringComparison.Ordinal);
    }
}
