using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Pages.Articles;

[OutputCache(PolicyName = ZonePageCache.Articles)]
public sealed class ArticlesIndexModel(ArticleService articles) : PageModel
{
    public ArticleKind? Kind { get; private set; }

    public List<Article> Articles { get; private set; } = [];

    public async Task OnGetAsync(ArticleKind? kind)
    {
        Kind = kind;
        Articles = await articles.ListPublishedAsync(kind);
    }
}
