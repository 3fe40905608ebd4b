using ImageMagick;
using ImageMagick.Configuration;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Process-wide ImageMagick set-up, done once before the first image: a security policy that
/// allows only the coders thumbnails need (no delegates, no indirect @file reads), and limits so
/// that a decoder asking for more pixels or memory fails instead of taking the server's memory.
/// </summary>
public static class MagickLimits
{
    private const string Policy = """
        <policymap>
          <policy domain="delegate" rights="none" pattern="*" />
          <policy domain="module" rights="none" pattern="{MSL,MVG,PS,PDF,EPS,XPS,SVG,TEXT,HTML,URL,EPHEMERAL}" />
          <policy domain="coder" rights="none" pattern="*" />
          <policy domain="coder" rights="read | write" pattern="{JPEG,JPG,PNG,GIF,WEBP}" />
          <policy domain="path" rights="none" pattern="@*" />
        </policymap>
        """;

    private static readonly Lock Gate = new();
    private static bool _applied;

    public static void Apply(MediaOptions options)
    {
        lock (Gate)
        {
            if (_applied)
            {
                return;
            }
            var configuration = ConfigurationFiles.Default;
            configuration.Policy.Data = Policy;
            MagickNET.Initialize(configuration, Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "resourcehub-magick")).FullName);
            ResourceLimits.Width = (uint)options.MaxImageWidth;
            ResourceLimits.Height = (uint)options.MaxImageHeight;
            ResourceLimits.Area = (ulong)options.MaxImagePixels;
            ResourceLimits.Memory = (ulong)options.MaxImageMemoryBytes;
            ResourceLimits.ListLength = 64;
            ResourceLimits.Thread = 1;
            _applied = true;
        }
    }
}
