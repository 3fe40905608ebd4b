using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Pages.Admin;

[Authorize(Policy = "ManageZone")]
public sealed class EditArticleModel(ArticleService articles) : PageModel
{
    public sealed class ArticleForm
    {
        public ArticleKind Kind { get; set; }

        [Required(ErrorMessage = "请填写标题。"), StringLength(200, ErrorMessage = "标题最长 200 字。")]
        public string? Title { get; set; }

        [StringLength(200_000, ErrorMessage = "正文过长。")]
        public string? Body { get; set; }

        public bool Pinned { get; set; }

        public bool Publish { get; set; } = true;
    }

    public Guid? Id { get; private set; }

    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public async Task OnGetAsync(Guid? id)
    {
        Id = id;
        if (id is { } existing)
        {
            var a = await articles.GetAsync(existing, editor: true);
            Input = new ArticleForm { Kind = a.Kind, Title = a.Title, Body = a.Body, Pinned = a.Pinned, Publish = a.PublishedAt is not null };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var input = new ArticleService.ArticleInput(Input.Kind, Input.Title!, Input.Body, Input.Pinned, Input.Publish);
            var article = id is { } existing ? await articles.UpdateAsync(existing, input) : await articles.CreateAsync(input, User.UserId());
            return Redirect($"/articles/{article.Id}");
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, "Input.");
            return Page();
        }
    }
}
