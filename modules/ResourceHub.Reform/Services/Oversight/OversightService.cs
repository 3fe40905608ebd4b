using ResourceHub.Schools;
using System.Security.Claims;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Core.Reports;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Services.Oversight;

/// <summary>
/// 督导 reports per region and per school: who may see which (the Admin all, a RegionAdmin their
/// region and its schools, a SchoolAdmin their school), and the sections every module contributes.
/// </summary>
public sealed class OversightService(ISchoolDirectory schools, IEnumerable<IOversightSource> sources, TimeProvider clock)
{
    public sealed record Figure(string Key, string Group, string Label, decimal Value, string Unit, int RowCount, string Href, string RowsHref);

    public sealed record Section(string Key, string Title, IReadOnlyList<Figure> Figures);

    public sealed record Report(string Kind, string Region, Guid? SchoolId, string Name, DateTimeOffset GeneratedAt, IReadOnlyList<Section> Sections)
    {
        /// <summary>The sections as counted, with their rows (for the page and the workbook; not in the JSON).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public IReadOnlyList<OversightSection> Counted { get; init; } = [];

        public (OversightSection Section, OversightFigure Figure)? Find(string key) =>
            Counted.SelectMany(s => s.Figures.Select(f => (s, f))).Where(x => $"{x.s.Key}.{x.f.Key}" == key).Select(x => ((OversightSection, OversightFigure)?)x).FirstOrDefault();
    }

    public async Task<Report> RegionAsync(ClaimsPrincipal actor, string? region, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new FieldException("region", $"请填写省级行政区全称（例如“{Regions.InnerMongolia}”）。");
        }
        region = region.Trim();
        if (!Regions.IsKnown(region))
        {
            throw new FieldException("region", $"“{region}”不是省级行政区的全称（例如“{Regions.InnerMongolia}”）。");
        }
        if (!actor.OverseesRegion(region))
        {
            throw new ForbiddenException($"只有系统管理员和{region}的地区管理员可以查看该地区的督导报告。");
        }
        var inRegion = (await schools.ListInRegionAsync(region, ct)).ToDictionary(s => s.Id, s => s.Name);
        var query = $"region={Uri.EscapeDataString(region)}";
        return await BuildAsync("region", region, null, region, inRegion, $"/reform/reports?{query}", $"/api/v1/reports/region?{query}", ct);
    }

    public async Task<Report> SchoolAsync(ClaimsPrincipal actor, Guid schoolId, CancellationToken ct = default)
    {
        var school = await schools.GetAsync(schoolId, ct);
        var allowed = actor.OverseesRegion(school.Region) || (actor.IsInRole(Roles.SchoolAdmin) && actor.SchoolId() == schoolId);
        if (!allowed)
        {
            throw new ForbiddenException("只有系统管理员、所在地区的地区管理员和本校管理员可以查看学校的督导报告。");
        }
        return await BuildAsync("school", school.Region, school.Id, school.Name, new Dictionary<Guid, string> { [school.Id] = school.Name },
            $"/reform/reports?schoolId={school.Id}", $"/api/v1/reports/schools/{school.Id}", ct);
    }

    private async Task<Report> BuildAsync(string kind, string region, Guid? schoolId, string name, Dictionary<Guid, string> covered, string page, string api, CancellationToken ct)
    {
        var scope = new OversightScope(region, covered, clock.GetUtcNow());
        var counted = new List<OversightSection>();
        foreach (var source in sources)
        {
            counted.Add(await source.CountAsync(scope, ct));
        }
        counted = counted.OrderBy(s => s.Order).ToList();
        var sections = counted.Select(s => new Section(s.Key, s.Title, s.Figures.Select(f =>
        {
            var key = Uri.EscapeDataString($"{s.Key}.{f.Key}");
            var separator = api.Contains('?') ? '&' : '?';
            return new Figure(f.Key, f.Group, f.Label, f.Value, f.Unit, f.Rows.Count, $"{page}&figure={key}#rows", $"{api}{separator}figure={key}");
        }).ToList())).ToList();
        return new Report(kind, region, schoolId, name, scope.Now, sections) { Counted = counted };
    }
}
