using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Reports;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Services.Oversight;
using ResourceHub.Schools;

namespace ResourceHub.Reform.Pages.Reform;

/// <summary>
/// 督导报告: pick a region or a school (those the user oversees), see every figure as an SVG bar
/// that links to the rows it counts, and export the workbook.
/// </summary>
[Authorize]
public sealed class ReportsModel(OversightService reports, ISchoolDirectory schools) : PageModel
{
    public OversightService.Report? Report { get; private set; }
    public (OversightSection Section, OversightFigure Figure)? Selected { get; private set; }
    public IReadOnlyList<SchoolInfo> Schools { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? region, Guid? schoolId, string? figure, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        try
        {
            Report = schoolId is { } id ? await reports.SchoolAsync(User, id, ct)
                : region is not null ? await reports.RegionAsync(User, region, ct)
                : null;
        }
        catch (DomainException e)
        {
            Problem = e.Message;
            Response.StatusCode = e.Status;
            return Page();
        }
        if (Report is not null && figure is not null)
        {
            Selected = Report.Find(figure);
        }
        return Page();
    }

    /// <summary>The Admin picks any region or school; a RegionAdmin their region and its schools; a SchoolAdmin their school.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        if (User.IsInRole(Roles.Admin))
        {
            Schools = await schools.ListAsync(ct);
            Regions = Schools.Select(s => s.Region).Distinct().ToList();
        }
        else if (User.IsInRole(Roles.RegionAdmin) && User.Region() is { } region)
        {
            Schools = await schools.ListInRegionAsync(region, ct);
            Regions = [region];
        }
        else if (User.IsInRole(Roles.SchoolAdmin) && User.SchoolId() is { } own)
        {
            Schools = [await schools.GetAsync(own, ct)];
        }
    }

    public string Query => Report is null ? "" : Report.SchoolId is { } id ? $"schools/{id}" : $"region?region={Uri.EscapeDataString(Report.Region)}";

    public string ExportHref => Report is null ? "" : $"/api/v1/reports/{Query}{(Query.Contains('?') ? '&' : '?')}format=xlsx";
}
