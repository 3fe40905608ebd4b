using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Endpoints;

public static class SpecialtyEndpoints
{
    public sealed record CreateSpecialtyRequest(
        [property: Required(ErrorMessage = "请填写专业代码。")] string? Code,
        [property: Required(ErrorMessage = "请填写专业名称。"), StringLength(100, ErrorMessage = "专业名称最长 100 字。")] string? Name,
        string? Category,
        bool? HasIntegratedStandard);

    public sealed record SpecialtyDto(string Code, string Name, string? Category, bool HasIntegratedStandard)
    {
        public static SpecialtyDto From(Specialty s) => new(s.Code, s.Name, s.Category, s.HasIntegratedStandard);
    }

    public static void MapSpecialtyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/specialties", "专业");
        group.MapGet("/", async (SpecialtyService specialties) => TypedResults.Ok((await specialties.ListAsync()).Select(SpecialtyDto.From)))
            .AllowAnonymous()
            .WithSummary("专业目录");
        group.MapPost("/", Create)
            .RequireAuthorization(StandardsPermissions.ManageCatalogue.Name)
            .WithSummary("新增专业（系统管理员）");
    }

    private static async Task<Created<SpecialtyDto>> Create(CreateSpecialtyRequest request, SpecialtyService specialties)
    {
        var s = await specialties.CreateAsync(request.Code!, request.Name!, request.Category, request.HasIntegratedStandard ?? false);
        return TypedResults.Created($"/api/v1/specialties/{s.Code}", SpecialtyDto.From(s));
    }
}
