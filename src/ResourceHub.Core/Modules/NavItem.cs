using System.Security.Claims;

namespace ResourceHub.Core.Modules;

/// <summary>
/// A link in the site's main or admin menu, registered by the module that owns the page, so
/// the theme shows menus without knowing the modules.
/// </summary>
public sealed record NavItem(string Text, string Href, int Order, NavArea Area = NavArea.Main, Func<ClaimsPrincipal, bool>? Visible = null)
{
    public bool IsVisibleTo(ClaimsPrincipal user) => Visible?.Invoke(user) ?? true;
}

public enum NavArea
{
    Main,
    Admin,
}
