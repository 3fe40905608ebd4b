using ResourceHub.Standards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ResourceHub.Core.Security;
using ResourceHub.Standards.Services;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages.Training.Manage;

/// <summary>The organiser's programmes, and a new one: in the name of the region, a base, or the school.</summary>
[Authorize]
public sealed class IndexModel(ProgrammeService programmes, BaseService bases, ISpecialtyCatalog specialties) : TrainingPage
{
    public List<TrainingProgramme> Programmes { get; private set; } = [];
    public List<TrainingBase> Bases { get; private set; } = [];
    public IReadOnlyList<SpecialtyInfo> Specialties { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        if (!User.MayOrganise())
        {
            throw new Core.Http.ForbiddenException("只有地区管理员、研修基地和学校管理员可以组织研修。");
        }
        Programmes = await programmes.ManagedAsync(User, ct);
        Bases = (await bases.ListAsync(null, ct)).Where(b => User.OverseesRegion(b.Region) || (b.HostSchoolId is { } s && s == User.SchoolId())).ToList();
        Specialties = await specialties.ListAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(string title, string? description, string organiser, string specialtyCode, decimal hours, DateOnly start, DateOnly end, int capacity, CancellationToken ct)
    {
        // organiser: "Region", "School" or "Base:{id}".
        var kind = organiser.StartsWith("Base:", StringComparison.Ordinal) ? OrganiserKind.Base : Enum.TryParse<OrganiserKind>(organiser, out var k) ? k : OrganiserKind.School;
        Guid? id = kind == OrganiserKind.Base && Guid.TryParse(organiser[5..], out var b) ? b : null;
        return RunAsync(() => programmes.CreateAsync(User, new(title ?? "", description, kind, id, null, specialtyCode ?? "", hours, start, end, capacity), ct), "研修项目已创建，请添加学习单元。", ct);
    }
}
