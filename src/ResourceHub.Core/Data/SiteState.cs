namespace ResourceHub.Core.Data;

/// <summary>A small key/value row for facts about the site itself (e.g. that setup has run).</summary>
public sealed class SiteState
{
    public const string SetupCompleted = "setup.completed";

    public required string Key { get; set; }
    public string Value { get; set; } = "";
}
