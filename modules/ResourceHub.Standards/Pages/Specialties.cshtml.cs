using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages;

public sealed class SpecialtiesModel(SpecialtyService specialties) : PageModel
{
    public List<Specialty> Specialties { get; private set; } = [];

    public async Task OnGetAsync() => Specialties = await specialties.ListAsync();
}
