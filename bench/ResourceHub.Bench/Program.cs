using System.Diagnostics;
using Microsoft.Extensions.Options;
using ResourceHub.Media;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Services;

// `office <folder> [rounds]`: the Office preview path (OfficeBench); otherwise
// prints the mean milliseconds per image for the site's thumbnail path over every JPEG in a folder.
if (args is ["office", var officeFolder, ..])
{
    await OfficeBench.RunAsync(officeFolder, args.Length > 2 ? int.Parse(args[2]) : 3);
    return;
}
var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: ResourceHub.Bench <folder of .jpg>");
var maker = new ThumbnailMaker(Options.Create(new MediaOptions()), new ToolRunner(Options.Create(new MediaOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<ToolRunner>.Instance));
var images = Directory.GetFiles(folder, "*.jpg").Where(f => !f.Contains("thumb", StringComparison.Ordinal)).Order().ToList();
var work = Directory.CreateTempSubdirectory("rh-bench-").FullName;
// One warm-up so that loading the native library is not counted.
await maker.MakeAsync(images[0], FileFamily.Image, "image/jpeg", work, TimeSpan.FromMinutes(1), CancellationToken.None);
var clock = Stopwatch.StartNew();
foreach (var image in images)
{
    var result = await maker.MakeAsync(image, FileFamily.Image, "image/jpeg", work, TimeSpan.FromMinutes(1), CancellationToken.None);
    await File.WriteAllBytesAsync(image + ".site-thumb.jpg", result.Jpeg);
}
Console.WriteLine($"{clock.Elapsed.TotalMilliseconds / images.Count:0}");
Directory.Delete(work, recursive: true);
