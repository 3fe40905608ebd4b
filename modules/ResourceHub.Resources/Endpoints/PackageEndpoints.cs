using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;

namespace ResourceHub.Resources.Endpoints;

public static class PackageEndpoints
{
    /// <summary>The body of POST and PUT. A <c>status</c> or <c>version</c> field is not part of it and is ignored.</summary>
    public sealed record PackageRequest(
        [property: Required(ErrorMessage = "请填写资源包标题。"), StringLength(200, ErrorMessage = "标题最长 200 字。")] string? Title,
        [property: StringLength(10_000, ErrorMessage = "简介最长 10000 字。")] string? Description,
        [property: Required(ErrorMessage = "请选择专业。")] string? SpecialtyCode,
        [property: StringLength(200)] string? CourseName,
        [property: Required(ErrorMessage = "请选择资源类型。")] ResourceType? ResourceType,
        TextbookForm? TextbookForm,
        SkillLevel? SkillLevel,
        string[]? Tags,
        string[]? Authors,
        [property: StringLength(200)] string? Licence,
        Guid? CourseId,
        Guid? LearningTaskId)
    {
        public PackageService.PackageInput ToInput() =>
            new(Title!, Description, SpecialtyCode!, CourseName, ResourceType!.Value, TextbookForm, SkillLevel, Tags, Authors, Licence, CourseId, LearningTaskId);
    }


    /// <summary>
    /// A package as GET shows it. <c>status</c>/<c>version</c> are those of the version shown;
    /// <c>publishedVersion</c> is the version everyone sees (null until one is approved).
    /// </summary>
    public sealed record PackageDto(
        Guid Id, string Title, string Description, string SpecialtyCode, string? CourseName,
        ResourceType ResourceType, TextbookForm? TextbookForm, SkillLevel? SkillLevel,
        IReadOnlyList<string> Tags, IReadOnlyList<string> Authors, string Licence,
        PackageStatus Status, int Version, int? PublishedVersion, Guid SchoolId, long Downloads,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<FileDto> Files,
        Guid? CourseId, Guid? LearningTaskId)
    {
        public static PackageDto From(ResourcePackage p, IReadOnlyDictionary<Guid, FileDetails>? details = null) => new(
            p.Id, p.Title, p.Description, p.SpecialtyCode, p.CourseName, p.ResourceType, p.TextbookForm, p.SkillLevel,
            p.Tags, p.Authors, p.Licence, p.Status, p.Version, p.PublishedVersion, p.SchoolId, p.Downloads, p.CreatedAt, p.UpdatedAt,
            p.CurrentFiles().Select(f => FileDto.From(f, details?.GetValueOrDefault(f.Id))).ToList(), p.CourseId, p.LearningTaskId);

        /// <summary>The published snapshot, shown to outsiders while a newer version is under way.</summary>
        public static PackageDto From(ResourcePackage p, PackageVersion v, IReadOnlyDictionary<Guid, FileDetails>? details = null) => new(
            p.Id, v.Title, v.Description, v.SpecialtyCode, v.CourseName, v.ResourceType, v.TextbookForm, v.SkillLevel,
            v.Tags, v.Authors, v.Licence, PackageStatus.Published, v.Version, p.PublishedVersion, p.SchoolId, p.Downloads, p.CreatedAt, v.SubmittedAt,
            p.FilesOf(v.Version).Select(f => FileDto.From(f, details?.GetValueOrDefault(f.Id))).ToList(), p.CourseId, p.LearningTaskId);
    }

    public static void MapPackageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/packages", "资源包");
        group.MapPost("/", Create).RequireAuthorization(ResourcePermissions.EditPackages.Name).WithSummary("新建资源包（草稿）");
        group.MapGet("/{id:guid}", Get).WithSummary("查看资源包（他校草稿返回 404）")
            .WithDescription("本校、管理员和有审核资格的专家看到正在编辑或审核的版本；其他人在新版本审核通过前看到已发布版本的快照。");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(ResourcePermissions.EditPackages.Name).WithSummary("修改资源包（仅草稿或已退回）");
    }

    private static async Task<Created<PackageDto>> Create(PackageRequest request, ClaimsPrincipal user, PackageService packages)
    {
        var package = await packages.CreateAsync(user, request.ToInput());
        return TypedResults.Created($"/api/v1/packages/{package.Id}", PackageDto.From(package));
    }

    private static async Task<Ok<PackageDto>> Get(Guid id, ClaimsPrincipal user, PackageService packages, FileDetailsReader details)
    {
        var (package, snapshot) = await packages.GetViewAsync(user, id);
        return TypedResults.Ok(await details.ToDtoAsync(package, snapshot));
    }

    private static async Task<Ok<PackageDto>> Update(Guid id, PackageRequest request, ClaimsPrincipal user, PackageService packages, FileDetailsReader details) =>
        TypedResults.Ok(await details.ToDtoAsync(await packages.UpdateAsync(user, id, request.ToInput())));
}
