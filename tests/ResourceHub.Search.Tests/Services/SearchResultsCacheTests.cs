using System.Security.Claims;
using ResourceHub.Core.Security;
using ResourceHub.Search.Services;
using ResourceHub.Search.Tests.Support;
using Xunit;

namespace ResourceHub.Search.Tests.Services;

/// <summary>A repeated search is served from memory until the index changes, and never to another audience.</summary>
public sealed class SearchResultsCacheTests : IDisposable
{
    private readonly LocalIndex _index = new();

    [Fact]
    public void Search_Repeated_IsServedFromTheCacheUntilACommit()
    {
        _index.Add("焊接工艺", "焊缝气孔的成因。");
        _index.Commit();

        var first = _index.Search("焊缝");
        Assert.Same(first, _index.Search("焊缝"));

        _index.Add("焊接检验", "焊缝的外观检查。");
        _index.Commit();

        var after = _index.Search("焊缝");
        Assert.Equal(2, after.Total);
        Assert.Equal(1, first.Total);
    }

    [Fact]
    public void KeyFor_SchoolMember_DiffersFromAnonymousAndAdmin()
    {
        var school = Guid.NewGuid();
        var member = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ResourceHubClaims.SchoolIdType, school.ToString())], "test"));
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "test"));
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        var audiences = new AudienceFilters();
        Assert.Equal(3, new[] { member, admin, anonymous }.Select(user => audiences.For(user).Key).Distinct().Count());
    }

    public void Dispose() => _index.Dispose();
}
