using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages;

[Authorize]
public sealed class InboxModel(ReviewQueries queries) : PageModel
{
    public List<InboxMessage> Messages { get; private set; } = [];

    public async Task OnGetAsync() => Messages = await queries.InboxAsync(User);
}
