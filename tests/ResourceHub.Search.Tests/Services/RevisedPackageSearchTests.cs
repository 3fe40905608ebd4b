using System.Security.Claims;
using ResourceHub.Core.Security;
using ResourceHub.Resources;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Services;

/// <summary>
/// 凡编必审 through every way a search now answers (strict, the loose fallback, the results cache):
/// while a published package is revised, outsiders find only its approved version, and its school
/// finds the revision in its place.
/// </summary>
public sealed class RevisedPackageSearchTests : IDisposable
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Member = new(new ClaimsIdentity([new Claim(ResourceHubClaims.SchoolIdType, LocalIndex.School.ToString())], "test"));

    private readonly LocalIndex _index = new();

    public RevisedPackageSearchTests()
    {
        var approved = LocalIndex.Package("减速机检修工作页") with { IsRevised = true };
        var revision = approved with { Kind = PackageViewKind.Working, Version = 2, Status = PackageStatus.InReview, Title = "减速机检修工作页（修订）" };
        _index.Add(approved, "减速机异响的排查步骤。");
        _index.Add(revision, "减速机异响的排查步骤。新增变频器参数设置。");
        _index.Commit();
    }

    [Theory]
    [InlineData("变频器参数设置")] // strict: only the revision holds it
    [InlineData("变频参数")]       // loose fallback: near the revision's words only
    public void Search_WordsOnlyInTheRevision_AreNotFoundByOutsiders(string q)
    {
        Assert.Equal(0, _index.Search(Anonymous, q).Total);
        Assert.Equal(0, _index.Search(Anonymous, q).Total); // again, from the cache
        Assert.Equal(["减速机检修工作页（修订）"], _index.Search(Member, q).Items.Select(i => i.Title));
    }

    [Fact]
    public void Search_SharedWords_GiveOutsidersTheApprovedVersionAndTheSchoolTheRevision()
    {
        var outsider = _index.Search(Anonymous, "减速机异响");
        var school = _index.Search(Member, "减速机异响");

        Assert.Equal(["减速机检修工作页"], outsider.Items.Select(i => i.Title));
        Assert.Equal(["减速机检修工作页（修订）"], school.Items.Select(i => i.Title));
        Assert.Equal(["减速机检修工作页"], _index.Search(Anonymous, "减速机异响").Items.Select(i => i.Title));
    }

    public void Dispose() => _index.Dispose();
}
