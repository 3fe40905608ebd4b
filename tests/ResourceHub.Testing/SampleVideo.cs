using System.Diagnostics;

namespace ResourceHub.Testing;

/// <summary>A real, short WebM video (VP8, a test pattern), made by ffmpeg; skips the test without ffmpeg.</summary>
public static class SampleVideo
{
    public static async Task<byte[]> WebmAsync(int seconds)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rh-video-{Guid.NewGuid():N}.webm");
        try
        {
            using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg",
                ["-v", "error", "-f", "lavfi", "-i", $"testsrc=duration={seconds}:size=160x120:rate=10", "-c:v", "libvpx", "-b:v", "200k", "-y", file]));
            await ffmpeg!.WaitForExitAsync();
            return await File.ReadAllBytesAsync(file);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Requirements.Unavailable("ffmpeg", e.Message);
            throw;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
