using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ResourceHub.Core.Modules;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Pages;

[OutputCache(PolicyName = ZonePageCache.Home)]
public sealed class IndexModel(IEnumerable<ISiteFigures> sources, IEnumerable<HomeSection> sections, ArticleService articles) : PageModel
{
    public List<SiteFigure> Figures { get; private set; } = [];

    public List<Article> Articles { get; private set; } = [];

    public IEnumerable<HomeSection> Sections => sections.OrderBy(s => s.Order);

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var source in sources)
        {
            Figures.AddRange(await source.GetAsync(ct));
        }
        Figures.Sort((a, b) => a.Order.CompareTo(b.Order));
        Articles = await articles.ListPublishedAsync(take: 6, ct: ct);
    }
}
