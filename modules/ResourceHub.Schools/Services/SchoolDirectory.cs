using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

/// <summary>The schools behind <see cref="ISchoolDirectory"/>: rows become records at the module's edge.</summary>
public sealed class SchoolDirectory(SchoolService schools) : ISchoolDirectory
{
    public async Task<SchoolInfo> GetAsync(Guid id, CancellationToken ct = default) => Info(await schools.GetAsync(id, ct));

    public async Task<IReadOnlyList<SchoolInfo>> ListAsync(CancellationToken ct = default) => (await schools.ListAsync(ct)).Select(Info).ToList();

    public async Task<IReadOnlyList<SchoolInfo>> ListInRegionAsync(string region, CancellationToken ct = default) =>
        (await schools.ListInRegionAsync(region, ct)).Select(Info).ToList();

    private static SchoolInfo Info(School s) => new(s.Id, s.Name, s.Kind, s.Region);
}
