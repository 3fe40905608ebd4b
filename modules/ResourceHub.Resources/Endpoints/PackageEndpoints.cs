using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
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
        public PackageInput ToInput() =>
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
        /// <summary>A view as the API shows it, with what processing made of each of its files.</summary>
        public static PackageDto From(PackageView v, IReadOnlyDictionary<Guid, FileDetails>? details = null) => new(
            v.Id, v.Title, v.Description, v.SpecialtyCode, v.CourseName, v.ResourceType, v.TextbookForm, v.SkillLevel,
            v.Tags, v.Authors, v.Licence, v.Status, v.Version, v.PublishedVersion, v.SchoolId, v.Downloads, v.CreatedAt, v.UpdatedAt,
            v.Files.Select(f => FileDto.From(f, details?.GetValueOrDefault(f.Id))).ToList(), v.CourseId, v.LearningTaskId);

        /// <summary>The working version, for its own school's answers to a change.</summary>
        public static PackageDto From(ResourcePackage p) => From(PackageViews.Working(p));
    }

    public static void MapPackageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/packages", "资源包");
        group.MapPost("/", Create).RequireAuthorization(ResourcePermissions.EditPackages.Name).WithSummary("新建资源包（草稿）");
        group.MapGet("/{id:guid}", Get).WithSummary("查看资源包（他校草稿返回 404）")
            .WithDescription("本校、管理员和有审核资格的专家看到正在编辑或审核的版本；其他人在新版本审核通过前看到已发布版本的快照。");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(ResourcePermissions.EditPackages.Name).WithSummary("修改资源包（仅草稿或已退回）");
        group.MapPost("/{id:guid}/submit", Submit).RequireAuthorization()
            .WithSummary("提交审核（草稿或已退回 → 审核中）")
            .WithDescription("冻结当前版本的元数据和文件 SHA-256 列表并开启学校审核；没有文件或状态不允许时返回 409。请求体中的 status/version 一律忽略。");
        group.MapPost("/{id:guid}/revise", Revise).RequireAuthorization()
            .WithSummary("修订已发布的资源包（新版本草稿）")
            .WithDescription("已发布 → 版本号 +1 的草稿；已发布版本对其他人保持可见，直到新版本审核通过。");
    }

    // Status changes go through the review gate (IPackageSubmission), the only way to move a package.
    /// <summary>The body is optional: <c>{changeNote}</c>, the 修改说明 of a version resubmitted after a return.</summary>
    public sealed record SubmitRequest(string? ChangeNote);

    private static async Task<Ok<PackageDto>> Submit(Guid id, ClaimsPrincipal user, IPackageSubmission gate, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SubmitRequest? body) =>
        TypedResults.Ok(PackageDto.From(await gate.SubmitAsync(user, id, body?.ChangeNote)));

    private static async Task<Ok<PackageDto>> Revise(Guid id, ClaimsPrincipal user, IPackageSubmission gate) =>
        TypedResults.Ok(PackageDto.From(await gate.ReviseAsync(user, id)));

    private static async Task<Created<PackageDto>> Create(PackageRequest request, ClaimsPrincipal user, PackageService packages)
    {
        var package = await packages.CreateAsync(user, request.ToInput());
        return TypedResults.Created($"/api/v1/packages/{package.Id}", PackageDto.From(package));
    }

    private static async Task<Ok<PackageDto>> Get(Guid id, ClaimsPrincipal user, IPackageViews views, FileDetailsReader details)
    {
        var view = await views.ForAsync(user, id) ?? throw new NotFoundException("资源包不存在，或您无权查看。");
        return TypedResults.Ok(await details.ToDtoAsync(view));
    }

    private static async Task<Ok<PackageDto>> Update(Guid id, PackageRequest request, ClaimsPrincipal user, PackageService packages, FileDetailsReader details) =>
        TypedResults.Ok(await details.ToDtoAsync(PackageViews.Working(await packages.UpdateAsync(user, id, request.ToInput()))));
}
