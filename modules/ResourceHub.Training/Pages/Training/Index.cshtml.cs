using ResourceHub.Standards;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Data;
using ResourceHub.Standards.Services;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages.Training;

/// <summary>The catalogue: every programme, by specialty and region.</summary>
public sealed class IndexModel(ProgrammeService programmes, ISpecialtyCatalog specialties) : PageModel
{
    public List<TrainingProgramme> Programmes { get; private set; } = [];
    public IReadOnlyList<SpecialtyInfo> Specialties { get; private set; } = [];
    public IReadOnlyList<string> Regions => Core.Data.Regions.All;
    public string? Specialty { get; private set; }
    public string? Region { get; private set; }
    public string? Q { get; private set; }

    public string SpecialtyName(string code) => Specialties.FirstOrDefault(s => s.Code == code)?.Name ?? code;

    public async Task OnGetAsync(string? specialty, string? region, string? q, CancellationToken ct)
    {
        (Specialty, Region, Q) = (specialty, region, q?.Trim());
        Specialties = await specialties.ListAsync(ct);
        Programmes = await programmes.ListAsync(specialty, region, Q, ct);
    }
}
