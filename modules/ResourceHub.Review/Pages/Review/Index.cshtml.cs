using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Review;

// Open to anyone signed in: an appointed expert holds no role, and sees only what is assigned to them.
[Authorize]
public sealed class WorkbenchModel(ReviewQueries queries) : PageModel
{
    public List<ReviewQueries.QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync() => Queue = await queries.QueueAsync(User);
}
