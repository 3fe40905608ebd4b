using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Endpoints;

public static class ArticleEndpoints
{
    public sealed record ArticleRequest(
        [property: Required(ErrorMessage = "请选择类型。")] ArticleKind? Kind,
        [property: Required(ErrorMessage = "请填写标题。"), StringLength(200, ErrorMessage = "标题最长 200 字。")] string? Title,
        [property: StringLength(200_000, ErrorMessage = "正文过长。")] string? Body,
        bool? Pinned,
        bool? Publish)
    {
        public ArticleService.ArticleInput ToInput() => new(Kind!.Value, Title!, Body, Pinned ?? false, Publish ?? true);
    }

    public sealed record ArticleDto(Guid Id, ArticleKind Kind, string Title, string Body, string Html, bool Pinned, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

    public static void MapArticleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/articles", "专区文章");
        group.MapGet("/", async (ArticleKind? kind, ArticleService articles, MarkdownRenderer markdown) =>
                TypedResults.Ok((await articles.ListPublishedAsync(kind)).Select(a => Dto(a, markdown))))
            .WithSummary("已发布的通知公告与政策文件（kind=Announcement|Policy）");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ArticleService articles, MarkdownRenderer markdown) =>
                TypedResults.Ok(Dto(await articles.GetAsync(id, user.HasPermission(ZonePermissions.ManageZone)), markdown)))
            .WithSummary("查看一篇文章（Markdown 正文与净化后的 HTML）");
        group.MapPost("/", async (ArticleRequest request, ClaimsPrincipal user, ArticleService articles, MarkdownRenderer markdown) =>
            {
                var article = await articles.CreateAsync(request.ToInput(), user.UserId());
                return TypedResults.Created($"/api/v1/articles/{article.Id}", Dto(article, markdown));
            })
            .RequireAuthorization(ZonePermissions.ManageZone.Name)
            .WithSummary("发布通知公告或政策文件（系统管理员）");
        group.MapPut("/{id:guid}", async (Guid id, ArticleRequest request, ArticleService articles, MarkdownRenderer markdown) =>
                TypedResults.Ok(Dto(await articles.UpdateAsync(id, request.ToInput()), markdown)))
            .RequireAuthorization(ZonePermissions.ManageZone.Name)
            .WithSummary("修改文章（系统管理员）");
    }

    private static ArticleDto Dto(Article a, MarkdownRenderer markdown) =>
        new(a.Id, a.Kind, a.Title, a.Body, markdown.ToHtml(a.Body), a.Pinned, a.PublishedAt, a.UpdatedAt);
}
