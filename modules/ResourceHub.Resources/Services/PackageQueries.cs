using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Services;

/// <summary>Read-only lists of packages for the pages: a school's own work, and what is published.</summary>
public sealed class PackageQueries(ResourceHubDbContext db)
{
    public sealed record Page(IReadOnlyList<PackageCard> Items, int Total, int PageNumber, int PageSize)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    /// <summary>A school's packages in every status, newest first (cards only: no files).</summary>
    public Task<List<PackageCard>> ForSchoolAsync(Guid schoolId, CancellationToken ct = default) =>
        db.Set<ResourcePackage>().AsNoTracking()
            .Where(p => p.SchoolId == schoolId)
            .OrderByDescending(p => p.UpdatedAt)
            .Select(p => PackageCard.From(p))
            .ToListAsync(ct);

    /// <summary>What a reader narrows published packages by; every part optional.</summary>
    public sealed record Filter(string? SpecialtyCode = null, ResourceType? Type = null, string? Course = null, SkillLevel? Level = null, BrowseSort Sort = BrowseSort.Newest);

    public enum BrowseSort { Newest, MostDownloaded, Title }

    /// <summary>Published packages, a page at a time, as their published versions show them.</summary>
    public async Task<Page> PublishedAsync(Filter filter, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var query = PublishedCards()
            .Where(p => filter.SpecialtyCode == null || p.SpecialtyCode == filter.SpecialtyCode)
            .Where(p => filter.Type == null || p.ResourceType == filter.Type)
            .Where(p => filter.Course == null || p.CourseName == filter.Course)
            .Where(p => filter.Level == null || p.SkillLevel == filter.Level);
        var total = await query.CountAsync(ct);
        var sorted = filter.Sort switch
        {
            BrowseSort.MostDownloaded => query.OrderByDescending(p => p.Downloads).ThenByDescending(p => p.UpdatedAt),
            BrowseSort.Title => query.OrderBy(p => p.Title),
            _ => query.OrderByDescending(p => p.UpdatedAt),
        };
        var items = await sorted.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page(items, total, page, pageSize);
    }

    /// <summary>How many published packages each course of a specialty has (by the course named on the published version).</summary>
    public async Task<Dictionary<string, int>> PublishedCountByCourseAsync(string specialtyCode, CancellationToken ct = default) =>
        await PublishedCards()
            .Where(p => p.SpecialtyCode == specialtyCode && p.CourseName != null)
            .GroupBy(p => p.CourseName!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>How many published packages each specialty has.</summary>
    public async Task<Dictionary<string, int>> PublishedCountBySpecialtyAsync(CancellationToken ct = default) =>
        await PublishedCards()
            .GroupBy(p => p.SpecialtyCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>A school's people with how many packages each has started and how many are published.</summary>
    public sealed record Member(string DisplayName, string UserName, IReadOnlyList<string> Roles, int Packages, int Published);

    public async Task<List<Member>> MembersAsync(Guid schoolId, CancellationToken ct = default)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.SchoolId == schoolId).OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.UserName,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        var counts = await db.Set<ResourcePackage>().AsNoTracking().Where(p => p.SchoolId == schoolId)
            .GroupBy(p => p.CreatedById)
            .Select(g => new { g.Key, Count = g.Count(), Published = g.Count(p => p.PublishedVersion != null) })
            .ToDictionaryAsync(g => g.Key, ct);
        return users.Select(u => new Member(u.DisplayName, u.UserName ?? "", u.Roles,
            counts.GetValueOrDefault(u.Id)?.Count ?? 0, counts.GetValueOrDefault(u.Id)?.Published ?? 0)).ToList();
    }

    /// <summary>Every published package as its published version's snapshot shows it; the time is when that version was submitted.</summary>
    private IQueryable<PackageCard> PublishedCards() =>
        from p in db.Set<ResourcePackage>().AsNoTracking()
        join v in db.Set<PackageVersion>().AsNoTracking() on new { PackageId = p.Id, Version = p.PublishedVersion ?? 0 } equals new { v.PackageId, v.Version }
        select new PackageCard
        {
            Id = p.Id, Title = v.Title, Description = v.Description, SpecialtyCode = v.SpecialtyCode, CourseName = v.CourseName,
            ResourceType = v.ResourceType, TextbookForm = v.TextbookForm, SkillLevel = v.SkillLevel, Version = v.Version,
            Status = PackageStatus.Published, UpdatedAt = v.SubmittedAt, Downloads = p.Downloads,
        };
}
