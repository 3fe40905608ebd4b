using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Pages.Admin;

[Authorize(Policy = "ManageZone")]
public sealed class AdminArticlesModel(ArticleService articles) : PageModel
{
    public List<Article> Articles { get; private set; } = [];

    public async Task OnGetAsync() => Articles = await articles.ListAllAsync();
}
