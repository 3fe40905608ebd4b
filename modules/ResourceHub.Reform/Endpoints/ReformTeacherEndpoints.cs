using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Endpoints;

public static class ReformTeacherEndpoints
{
    public sealed record TeacherRequest(
        [property: Required(ErrorMessage = "请选择类别：Integrated（一体化教师）或 Enterprise（企业兼职教师）。")] ReformTeacherKind? Kind,
        [property: Required(ErrorMessage = "请填写教师姓名。"), StringLength(50)] string? Name,
        Guid? SchoolId,
        [property: Required(ErrorMessage = "请填写专业代码。"), StringLength(20)] string? SpecialtyCode,
        IntegratedTeacherLevel? Level,
        [property: StringLength(200)] string? Enterprise,
        [property: Required(ErrorMessage = "请填写开始日期。")] DateOnly? From,
        DateOnly? To,
        Guid? UserId);

    public static void MapReformTeacherEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/reform-teachers", "师资培训");
        group.MapGet("/", async (Guid? schoolId, ClaimsPrincipal user, ReformTeacherService service) => TypedResults.Ok(await service.ListAsync(user, schoolId)))
            .RequireAuthorization()
            .WithSummary("一体化教师（含等级）与企业兼职教师（系统管理员全部，地区管理员本地区，其他用户本校）");
        group.MapPost("/", async (TeacherRequest r, ClaimsPrincipal user, ReformTeacherService service) =>
            {
                var t = await service.AddAsync(user, new(r.Kind!.Value, r.Name!, r.SchoolId ?? user.SchoolIdOrThrow(), r.SpecialtyCode!, r.Level, r.Enterprise, r.From!.Value, r.To, r.UserId));
                return TypedResults.Created($"/api/v1/reform-teachers/{t.Id}", t);
            })
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("登记一体化教师或企业兼职教师（本校）");
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ReformTeacherService service) =>
            {
                await service.DeleteAsync(user, id);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("删除教师记录（本校）");
    }
}
