using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Services;

public sealed class SchoolFigures(ResourceHubDbContext db) : ISiteFigures
{
    public async Task<IReadOnlyList<SiteFigure>> GetAsync(CancellationToken cancellationToken)
    {
        var schools = await db.Set<School>().CountAsync(cancellationToken);
        var teacherRole = await db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var teachers = await db.UserRoles.CountAsync(r => r.RoleId == teacherRole, cancellationToken);
        return [new("参与学校", schools, 20, "所"), new("注册教师", teachers, 30, "名")];
    }
}
