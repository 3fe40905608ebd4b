using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Services;
using ResourceHub.Testing;

namespace ResourceHub.Review.Tests.Properties;

/// <summary>
/// The people of the property test, known to the test independently of the code under test:
/// three schools (the third in a region whose policy asks two experts for a textbook and one for
/// a work page), four people of mixed roles in each, two outside experts and the administrator.
/// The two outside people and the first school's Reviewer are appointed to the expert pool; one
/// more outside Reviewer the administrator created is not: the pool's reserve, an expert only once
/// the site appointed it for a stage the pool could not fill (school Reviewers, whom school admins
/// mint, never are).
/// </summary>
public sealed class GateWorld
{
    public const string StrictRegion = "西藏自治区";

    public sealed record Person(Guid Id, Guid? SchoolId, string[] Roles, ClaimsPrincipal Principal)
    {
        public override string ToString() => $"{string.Join('+', Roles)}@{SchoolId?.ToString()[^4..] ?? "none"}";
    }

    public required IReadOnlyList<Person> People { get; init; }
    public required IReadOnlyDictionary<Guid, string> RegionOf { get; init; }

    /// <summary>The test's own statement of the policy it configured: expert approvals needed.</summary>
    public int ExpertsNeeded(Guid schoolId, ResourceType type) => (RegionOf[schoolId] == StrictRegion, type) switch
    {
        (true, ResourceType.Textbook) => 2,
        (true, ResourceType.WorkPage) => 1,
        (false, ResourceType.Textbook) => 1,
        _ => 0,
    };

    public Person Find(Guid id) => People.Single(p => p.Id == id);

    /// <summary>The people the test appointed to the pool (by the administrator).</summary>
    public required IReadOnlySet<Guid> Experts { get; init; }

    /// <summary>People the administrator appointed during the run (random AppointExpert actions).</summary>
    public HashSet<Guid> Appointed { get; } = [];

    public bool IsExpert(Guid id) => Experts.Contains(id) || Appointed.Contains(id) || IsReserve(id);

    /// <summary>A school-less Reviewer the administrator created: the pool's reserve.</summary>
    public bool IsReserve(Guid id) => People.Any(p => p.Id == id && p.SchoolId is null && p.Roles.Contains("Reviewer"));

    public Guid AdminId => People.Single(p => p.Roles.Contains("Admin")).Id;

    public static async Task<GateWorld> CreateAsync(SiteFixture site)
    {
        var admin = await site.AdminAsync();
        var regions = new Dictionary<Guid, string>();
        var accounts = new List<string>();
        foreach (var region in new[] { "内蒙古自治区", "内蒙古自治区", StrictRegion })
        {
            var school = await admin.CreateSchoolAsync(region: region);
            regions[school] = region;
            foreach (var roles in new[] { new[] { "Teacher" }, ["SchoolAdmin"], ["Reviewer"], ["Teacher", "Reviewer"] })
            {
                accounts.Add((await admin.CreateUserAsync(school, roles)).UserName);
            }
        }
        var appointed = new List<string> { accounts[2] };
        for (var i = 0; i < 2; i++)
        {
            var (_, name, _) = await admin.AppointExpertAsync(null, "01");
            accounts.Add(name);
            appointed.Add(name);
        }
        accounts.Add((await admin.CreateUserAsync(null, "Reviewer")).UserName);
        accounts.Add(SiteFixture.AdminUserName);

        await using var scope = site.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var policies = sp.GetRequiredService<ReviewPolicies>();
        await policies.SetAsync(StrictRegion, ResourceType.Textbook, 2);
        await policies.SetAsync(StrictRegion, ResourceType.WorkPage, 1);
        var users = sp.GetRequiredService<UserManager<ResourceHubUser>>();
        var factory = sp.GetRequiredService<IUserClaimsPrincipalFactory<ResourceHubUser>>();
        var people = new List<Person>();
        var experts = new HashSet<Guid>();
        foreach (var name in accounts)
        {
            var user = (await users.FindByNameAsync(name))!;
            var roles = (await users.GetRolesAsync(user)).ToArray();
            people.Add(new Person(user.Id, user.SchoolId, roles, await factory.CreateAsync(user)));
            if (appointed.Contains(name))
            {
                experts.Add(user.Id);
            }
        }
        var schoolExpert = people.Single(p => p.Id == experts.First(e => people.Single(x => x.Id == e).SchoolId is not null));
        await ApiClient.ExpectAsync(await admin.PostAsync("/api/v1/experts", new
        {
            userId = schoolExpert.Id, specialtyCodes = new[] { "0102" }, organisation = "本校", appointedFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        }), System.Net.HttpStatusCode.Created);
        return new GateWorld { People = people, RegionOf = regions, Experts = experts };
    }
}
