using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ResourceHub.Core.Content;
using ResourceHub.Core.Security;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Pages.Articles;

[OutputCache(PolicyName = ZonePageCache.Article)]
public sealed class ArticleDetailModel(ArticleService articles, MarkdownRenderer markdown) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>Sanitised HTML of the Markdown body.</summary>
    public string Html { get; private set; } = "";

    public async Task OnGetAsync(Guid id)
    {
        Article = await articles.GetAsync(id, User.HasPermission(ZonePermissions.ManageZone));
        Html = markdown.ToHtml(Article.Body);
    }
}
