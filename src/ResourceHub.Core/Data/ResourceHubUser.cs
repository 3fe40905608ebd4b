using Microsoft.AspNetCore.Identity;

namespace ResourceHub.Core.Data;

/// <summary>
/// A person who signs in. Lives in Core because the shared context is an Identity context;
/// the Schools module owns the pages and rules around it.
/// </summary>
public sealed class ResourceHubUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The user's school; null for administrators and outside experts.</summary>
    public Guid? SchoolId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Set when an administrator disables the account: it cannot sign in, and its tokens and cookies are refused.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
