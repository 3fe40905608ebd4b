using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages;

[Authorize]
public sealed class InboxModel(ReviewQueries queries, UnreadMessages unread) : PageModel
{
    public List<InboxMessage> Messages { get; private set; } = [];

    /// <summary>Shows the messages (the unread marked 新) and counts them as read from now on.</summary>
    public async Task OnGetAsync()
    {
        Messages = await queries.InboxAsync(User);
        await unread.MarkReadAsync(User, HttpContext.RequestAborted);
    }
}
