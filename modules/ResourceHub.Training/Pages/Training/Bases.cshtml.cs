using ResourceHub.Standards;
using ResourceHub.Schools;
using Microsoft.AspNetCore.Mvc;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;
using ResourceHub.Standards.Services;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages.Training;

/// <summary>The 研修基地 registry: public, kept by each region's administrators.</summary>
public sealed class BasesModel(BaseService bases, ISpecialtyCatalog specialties, ISchoolDirectory schools) : TrainingPage
{
    public List<TrainingBase> Bases { get; private set; } = [];
    public IReadOnlyList<SpecialtyInfo> Specialties { get; private set; } = [];
    public IReadOnlyList<SchoolInfo> Schools { get; private set; } = [];
    /// <summary>The regions this user keeps bases for (all for an admin).</summary>
    public IReadOnlyList<string> Regions { get; private set; } = [];

    public string SchoolName(Guid? id) => Schools.FirstOrDefault(s => s.Id == id)?.Name ?? "";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Bases = await bases.ListAsync(null, ct);
        Regions = Core.Data.Regions.All.Where(User.MaintainsBases).ToList();
        if (Regions.Count > 0)
        {
            Specialties = await specialties.ListAsync(ct);
        }
        Schools = await schools.ListAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(string name, string region, BaseLevel level, List<string>? specialtyCodes, string? contact, Guid? hostSchoolId, CancellationToken ct) =>
        RunAsync(() => bases.CreateAsync(User, new(name ?? "", region ?? "", level, specialtyCodes, contact, hostSchoolId), ct), "研修基地已登记。", ct);
}
