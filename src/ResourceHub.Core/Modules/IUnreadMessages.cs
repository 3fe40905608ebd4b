using System.Security.Claims;

namespace ResourceHub.Core.Modules;

/// <summary>How many of a user's 站内消息 are unread: the header shows it beside the inbox link.</summary>
public interface IUnreadMessages
{
    Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct);
}
