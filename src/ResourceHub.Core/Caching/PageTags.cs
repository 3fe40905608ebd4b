namespace ResourceHub.Core.Caching;

/// <summary>
/// Output-cache tags that more than one module's pages carry (decision 0010). A module's own
/// pages add tags of their own (<c>package:{id}</c>, <c>articles</c>…), declared beside their policies.
/// </summary>
public static class PageTags
{
    /// <summary>The zone's home page: every module's figures, targets, showcases and latest packages.</summary>
    public const string Home = "home";

    /// <summary>Every page that lists or counts published packages (home, browsing, course pages).</summary>
    public const string Packages = "packages";

    /// <summary>Every page that names specialties, courses or learning tasks.</summary>
    public const string Catalogue = "catalogue";
}
