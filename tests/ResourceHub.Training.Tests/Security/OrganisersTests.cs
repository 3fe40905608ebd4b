using System.Security.Claims;
using ResourceHub.Core.Security;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;
using Xunit;

namespace ResourceHub.Training.Tests.Security;

/// <summary>
/// Who runs a programme, at the level of the signed-in user's claims (RegionAdmin accounts
/// come with issue 17; their claims are what the rules read).
/// </summary>
public sealed class OrganisersTests
{
    private static readonly Guid SchoolId = Guid.NewGuid();

    private static ClaimsPrincipal User(string role, string? region = null, Guid? school = null) => new(new ClaimsIdentity(
        new[] { new Claim(ClaimTypes.Role, role) }
            .Concat(region is null ? [] : [new Claim(ResourceHubClaims.RegionType, region)])
            .Concat(school is null ? [] : [new Claim(ResourceHubClaims.SchoolIdType, school.Value.ToString())]),
        "test"));

    private static TrainingProgramme Programme(string region, Guid? managingSchool = null) => new()
    {
        Title = "研修", OrganiserName = region, Region = region, SpecialtyCode = "0102", ManagingSchoolId = managingSchool,
    };

    [Fact]
    public void Manages_RegionAdmin_OwnRegionOnly()
    {
        var regionAdmin = User(Roles.RegionAdmin, "内蒙古自治区");
        Assert.True(regionAdmin.Manages(Programme("内蒙古自治区")));
        Assert.False(regionAdmin.Manages(Programme("江苏省")));
        Assert.True(regionAdmin.MaintainsBases("内蒙古自治区"));
        Assert.False(regionAdmin.MaintainsBases("江苏省"));
        Assert.True(regionAdmin.MayOrganise());
    }

    [Fact]
    public void Manages_RegionAdminWithoutRegion_Nothing()
    {
        var regionAdmin = User(Roles.RegionAdmin);
        Assert.False(regionAdmin.Manages(Programme("内蒙古自治区")));
        Assert.False(regionAdmin.MaintainsBases("内蒙古自治区"));
    }

    [Fact]
    public void Manages_SchoolAdmin_TheirSchoolsProgrammesOnly()
    {
        var schoolAdmin = User(Roles.SchoolAdmin, school: SchoolId);
        Assert.True(schoolAdmin.Manages(Programme("内蒙古自治区", SchoolId)));
        Assert.False(schoolAdmin.Manages(Programme("内蒙古自治区", Guid.NewGuid())));
        Assert.False(schoolAdmin.Manages(Programme("内蒙古自治区")));
        Assert.False(schoolAdmin.MaintainsBases("内蒙古自治区"));
    }

    [Fact]
    public void Manages_TeacherOfTheSchool_Nothing()
    {
        var teacher = User(Roles.Teacher, school: SchoolId);
        Assert.False(teacher.Manages(Programme("内蒙古自治区", SchoolId)));
        Assert.False(teacher.MayOrganise());
    }
}
