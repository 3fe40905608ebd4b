using System.Diagnostics;
using Microsoft.Extensions.Options;
using ResourceHub.Media;
using ResourceHub.Media.Processing;

/// <summary>
/// Times the site's Office preview path (LibreOffice to PDF with a fresh profile, page count,
/// first-page thumbnail) on every .docx and .pptx in a folder; prints name, pages and median seconds.
/// </summary>
internal static class OfficeBench
{
    public static async Task RunAsync(string folder, int rounds)
    {
        var options = Options.Create(new MediaOptions());
        var tools = new ToolRunner(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<ToolRunner>.Instance);
        var maker = new OfficePreviewMaker(options, new ThumbnailMaker(options, tools), tools);
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pptx", StringComparison.Ordinal)).Order())
        {
            var seconds = new List<double>();
            var pages = 0;
            for (var round = 0; round < rounds; round++)
            {
                var work = Directory.CreateTempSubdirectory("rh-bench-office-").FullName;
                // As the worker does: the copy inside the work folder, the only folder the sandbox shows.
                var copy = Path.Combine(work, "source" + Path.GetExtension(file));
                File.Copy(file, copy);
                var clock = Stopwatch.StartNew();
                var result = await maker.MakeAsync(copy, work, TimeSpan.FromMinutes(5), CancellationToken.None)
                    ?? throw new InvalidOperationException("no soffice or libreoffice on PATH");
                seconds.Add(clock.Elapsed.TotalSeconds);
                pages = result.PageCount;
                Directory.Delete(work, recursive: true);
            }
            seconds.Sort();
            Console.WriteLine($"{Path.GetFileName(file)}\t{pages}\t{seconds[seconds.Count / 2]:0.00}");
        }
    }
}
