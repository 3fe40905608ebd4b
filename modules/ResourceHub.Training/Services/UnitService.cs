using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>
/// A programme's units, and what a trainee sees of them. A package unit shows only the package's
/// published version (through Resources' <see cref="IPackageViews"/>): a revision in progress,
/// even by the organiser's own school, changes nothing a trainee sees.
/// </summary>
public sealed class UnitService(ResourceHubDbContext db, ProgrammeService programmes, IPackageViews views, IPackageFileDetails details)
{
    public sealed record UnitInput(UnitKind Kind, string Title, Guid? PackageId, IReadOnlyList<Guid>? FileIds, DateTimeOffset? SessionAt, string? Place, string? Instructions);

    /// <summary>How a file's progress is measured: read to the last page, or watched to 90 %.</summary>
    public enum FileMode { Read, Watch }

    public sealed record UnitFile(Guid Id, string Name, string Url, FileMode Mode, int? PageCount, double? Duration);

    public sealed record UnitView(ProgrammeUnit Unit, string? PackageTitle, int? PackageVersion, IReadOnlyList<UnitFile> Files);

    public async Task<ProgrammeUnit> AddAsync(ClaimsPrincipal actor, Guid programmeId, UnitInput input, CancellationToken ct = default)
    {
        var programme = await programmes.GetManagedAsync(actor, programmeId, ct);
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            throw new FieldException("title", "请填写单元名称。");
        }
        var unit = input.Kind switch
        {
            UnitKind.Package => await PackageUnitAsync(programme, title, input, ct),
            UnitKind.Session => input.SessionAt is null || string.IsNullOrWhiteSpace(input.Place)
                ? throw new FieldException(input.SessionAt is null ? "sessionAt" : "place", "直播/面授单元须填写时间，以及地点或会议链接。")
                : new ProgrammeUnit { ProgrammeId = programme.Id, Title = title, Kind = UnitKind.Session, SessionAt = input.SessionAt, Place = input.Place.Trim() },
            _ => string.IsNullOrWhiteSpace(input.Instructions)
                ? throw new FieldException("instructions", "请填写作业要求。")
                : new ProgrammeUnit { ProgrammeId = programme.Id, Title = title, Kind = UnitKind.Assignment, Instructions = input.Instructions.Trim() },
        };
        unit.Order = programme.Units.Count == 0 ? 1 : programme.Units.Max(u => u.Order) + 1;
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    private async Task<ProgrammeUnit> PackageUnitAsync(TrainingProgramme programme, string title, UnitInput input, CancellationToken ct)
    {
        var package = await PublishedAsync(input.PackageId ?? Guid.Empty, ct)
            ?? throw new FieldException("packageId", "只能选用已审核发布的资源包（凡编必审）。");
        var chosen = input.FileIds?.Distinct().ToList() ?? [];
        if (chosen.Except(package.Files.Select(f => f.Id)).Any())
        {
            throw new FieldException("fileIds", "所选文件不属于该资源包的已发布版本。");
        }
        if (!Shown(package.Files, chosen).Any())
        {
            throw new FieldException("fileIds", "所选文件中没有可在页面中阅读（PDF 或已生成预览）或观看（视频）的文件，无法记录学习进度。");
        }
        return new ProgrammeUnit { ProgrammeId = programme.Id, Title = title, Kind = UnitKind.Package, PackageId = package.Id, FileIds = chosen };
    }

    /// <summary>The published view with each file's processing details (page count, duration, a PDF preview of an Office file).</summary>
    private async Task<Published?> PublishedAsync(Guid packageId, CancellationToken ct) =>
        await views.PublishedAsync(packageId, ct) is { } view ? new Published(view.Id, view.Title, view.Version, await details.OfAsync(view, ct)) : null;

    private sealed record Published(Guid Id, string Title, int Version, IReadOnlyList<PackageFileDetail> Files);

    /// <summary>Every unit of the programme as a trainee sees it now.</summary>
    public async Task<List<UnitView>> ViewAsync(TrainingProgramme programme, CancellationToken ct = default)
    {
        var views = new List<UnitView>();
        foreach (var unit in programme.Units.OrderBy(u => u.Order))
        {
            if (unit.Kind != UnitKind.Package)
            {
                views.Add(new UnitView(unit, null, null, []));
                continue;
            }
            var package = await PublishedAsync(unit.PackageId!.Value, ct);
            views.Add(new UnitView(unit, package?.Title, package?.Version, package is null ? [] : Shown(package.Files, unit.FileIds).ToList()));
        }
        return views;
    }

    /// <summary>
    /// The chosen files of the published version that progress can be measured on. A chosen file
    /// that a later approved version dropped is no longer shown; none left: the whole version is.
    /// </summary>
    private static IEnumerable<UnitFile> Shown(IReadOnlyList<PackageFileDetail> files, IReadOnlyList<Guid> chosen)
    {
        var picked = files.Where(f => chosen.Contains(f.Id)).ToList();
        return (picked.Count > 0 ? picked : files).Select(ToUnitFile).OfType<UnitFile>();
    }

    private static UnitFile? ToUnitFile(PackageFileDetail f)
    {
        if (f.ContentType.StartsWith("video/", StringComparison.Ordinal))
        {
            return new UnitFile(f.Id, f.Name, f.DownloadUrl, FileMode.Watch, null, f.DurationSeconds);
        }
        var pdf = f.PreviewUrl ?? (f.ContentType == "application/pdf" ? f.DownloadUrl : null);
        return pdf is null ? null : new UnitFile(f.Id, f.Name, pdf, FileMode.Read, f.PageCount, null);
    }
}
