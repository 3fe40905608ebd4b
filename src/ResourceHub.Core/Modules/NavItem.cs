using System.Security.Claims;

namespace ResourceHub.Core.Modules;

/// <summary>
/// A link in the site's main or admin menu, registered by the module that owns the page, so
/// the theme shows menus without knowing the modules. Items sharing a <see cref="Group"/> fold
/// into one drop-down, so the bar stays one short row however many modules add pages.
/// </summary>
public sealed record NavItem(string Text, string Href, int Order, NavArea Area = NavArea.Main, Func<ClaimsPrincipal, bool>? Visible = null, string? Group = null)
{
    public bool IsVisibleTo(ClaimsPrincipal user) => Visible?.Invoke(user) ?? true;
}

/// <summary>Admin items always fold into the admin drop-down; main items fold only when they name a group.</summary>
public enum NavArea
{
    Main,
    Admin,
}

/// <summary>The names of the drop-downs that modules share.</summary>
public static class NavGroups
{
    public const string Reform = "改革专区";
    public const string Work = "我的工作";
    public const string Admin = "系统管理";
}

/// <summary>The menu as the theme draws it: single links and drop-downs, in order, for one user.</summary>
public sealed record NavEntry(string Text, int Order, IReadOnlyList<NavItem> Items)
{
    public bool IsGroup => Items.Count > 1;

    public static IReadOnlyList<NavEntry> For(IEnumerable<NavItem> items, ClaimsPrincipal user) =>
        items.Where(i => i.IsVisibleTo(user))
            .GroupBy(i => i.Area == NavArea.Admin ? NavGroups.Admin : i.Group ?? i.Href)
            .Select(g =>
            {
                var ordered = g.OrderBy(i => i.Order).ToList();
                // A group of one is drawn as its link: a drop-down with one item is a detour.
                return new NavEntry(ordered.Count > 1 ? g.Key : ordered[0].Text, ordered.Min(i => i.Order), ordered);
            })
            .OrderBy(e => e.Order)
            .ToList();
}
