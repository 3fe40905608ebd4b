namespace ResourceHub.Schools;

/// <summary>A 技工院校 as other modules read it.</summary>
public sealed record SchoolInfo(Guid Id, string Name, SchoolKind Kind, string Region);

/// <summary>The schools taking part, read-only, for modules that name, count or scope by school.</summary>
public interface ISchoolDirectory
{
    /// <summary>404 (NotFoundException) for an unknown school.</summary>
    Task<SchoolInfo> GetAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<SchoolInfo>> ListAsync(CancellationToken ct = default);

    Task<IReadOnlyList<SchoolInfo>> ListInRegionAsync(string region, CancellationToken ct = default);
}
