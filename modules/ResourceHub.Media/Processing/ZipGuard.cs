using ResourceHub.Core.Storage;

namespace ResourceHub.Media.Processing;

/// <summary>A zip (an OOXML file) measured before anything inflates it (<see cref="ZipInspector"/>).</summary>
public static class ZipGuard
{
    public static void Check(string path, int maxEntries, long maxInflatedBytes)
    {
        using var file = File.OpenRead(path);
        if (ZipInspector.Problem(file, maxEntries, maxInflatedBytes) is { } problem)
        {
            throw new MediaProcessingException(problem);
        }
    }
}
