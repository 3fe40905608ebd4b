using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Endpoints;

public static class SchoolEndpoints
{
    public sealed record CreateSchoolRequest(
        [property: Required(ErrorMessage = "请填写学校名称。"), StringLength(200, ErrorMessage = "学校名称最长 200 字。")] string? Name,
        [property: Required(ErrorMessage = "请选择学校类型。")] SchoolKind? Kind,
        [property: Required(ErrorMessage = "请填写所在省级行政区。")] string? Region);

    public sealed record SchoolDto(Guid Id, string Name, SchoolKind Kind, string KindName, string Region, DateTimeOffset CreatedAt)
    {
        public static SchoolDto From(School s) => new(s.Id, s.Name, s.Kind, s.Kind.ToChinese(), s.Region, s.CreatedAt);
    }

    public static void MapSchoolEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/schools", "学校");
        group.MapGet("/", async (SchoolService schools) => TypedResults.Ok((await schools.ListAsync()).Select(SchoolDto.From)))
            .WithSummary("列出学校");
        group.MapGet("/{id:guid}", async (Guid id, SchoolService schools) => TypedResults.Ok(SchoolDto.From(await schools.GetAsync(id))))
            .WithSummary("查看一所学校");
        group.MapPost("/", Create)
            .RequireAuthorization(SchoolPermissions.ManageSchools.Name)
            .WithSummary("新建学校（系统管理员；地区管理员限本地区）");
    }

    private static async Task<Created<SchoolDto>> Create(CreateSchoolRequest request, System.Security.Claims.ClaimsPrincipal user, SchoolService schools)
    {
        RegionScope.EnsureMayCreateSchool(user, request.Region!.Trim());
        var school = await schools.CreateAsync(request.Name!, request.Kind!.Value, request.Region!);
        return TypedResults.Created($"/api/v1/schools/{school.Id}", SchoolDto.From(school));
    }
}
