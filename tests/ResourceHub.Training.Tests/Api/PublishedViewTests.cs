using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Training.Tests.Api;

/// <summary>Units show only the published view of a package: 凡编必审 holds inside 研修 too.</summary>
public abstract class PublishedViewTests(SiteFixture site)
{
    [Fact]
    public async Task Unit_PackageUnderRevision_TraineesStillSeeThePublishedFilesOnly()
    {
        var admin = await site.AdminAsync();
        var (_, authors) = await Trainings.SchoolAsync(site, admin, "Teacher");
        var author = authors[0];
        var (package, files) = await Trainings.PublishedAsync(site, author, ("第一版.pdf", SamplePdf.WithText("version one"), "application/pdf"));
        var programme = await Trainings.ProgrammeAsync(admin);
        await admin.UnitAsync(programme, new { kind = "Package", title = "阅读工作页", packageId = package });

        await ApiClient.ExpectAsync(await author.PostAsync($"/api/v1/packages/{package}/revise", new { }), HttpStatusCode.OK);
        var added = (await author.UploadAsync(package, "修订稿.pdf", SamplePdf.WithText("draft two"), "application/pdf"))["id"]!.GetValue<Guid>();
        await ApiClient.ExpectAsync(await author.Http.DeleteAsync($"/api/v1/packages/{package}/files/{files[0]}"), HttpStatusCode.NoContent);

        // Everyone, the author's own school included, sees in the unit exactly the published version's file.
        foreach (var viewer in new[] { site.Api(), author })
        {
            var unit = (await viewer.ProgrammeViewAsync(programme))["units"]![0]!;
            var shown = unit["files"]!.AsArray().Select(f => f!["id"]!.GetValue<Guid>()).ToList();
            Assert.Equal([files[0]], shown);
            Assert.DoesNotContain(added, shown);
            Assert.Equal(1, unit["packageVersion"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Unit_DraftPackage_IsRefused()
    {
        var admin = await site.AdminAsync();
        var (_, authors) = await Trainings.SchoolAsync(site, admin, "Teacher");
        var draft = await Trainings.CreatePackageAsync(authors[0], "草稿");
        await authors[0].UploadAsync(draft, "草稿.pdf", SamplePdf.WithText("draft"), "application/pdf");
        var programme = await Trainings.ProgrammeAsync(admin);
        var refused = await ApiClient.ExpectProblemAsync(
            await admin.PostAsync($"/api/v1/training/programmes/{programme}/units", new { kind = "Package", title = "草稿", packageId = draft }), HttpStatusCode.BadRequest);
        Assert.Contains("已审核发布", refused["errors"]!["packageId"]![0]!.GetValue<string>());
    }
}

public sealed class PublishedViewTests_Sqlite(SqliteSite site) : PublishedViewTests(site), IClassFixture<SqliteSite>;
