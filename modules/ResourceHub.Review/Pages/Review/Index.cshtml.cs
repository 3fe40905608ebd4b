using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Pages.Review;

[Authorize(Policy = "DecideReviews")]
public sealed class WorkbenchModel(ReviewQueries queries) : PageModel
{
    public List<ReviewQueries.QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync() => Queue = await queries.QueueAsync(User);
}
