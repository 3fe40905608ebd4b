using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages;

[OutputCache(PolicyName = StandardsPageCache.Specialties)]
public sealed class SpecialtiesModel(SpecialtyService specialties, CurriculumService curriculum) : PageModel
{
    public List<Specialty> Specialties { get; private set; } = [];

    public Dictionary<string, int> CourseCounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Specialties = await specialties.ListAsync(ct);
        CourseCounts = (await curriculum.CoursesAsync(null, ct)).CountBy(c => c.SpecialtyCode).ToDictionary();
    }
}
