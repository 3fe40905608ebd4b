using Ganss.Xss;
using Markdig;

namespace ResourceHub.Core.Content;

/// <summary>
/// Markdown written by admins and schools (announcements, course standards) as safe HTML:
/// Markdig renders it, HtmlSanitizer removes scripts, handlers and foreign embeds.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    /// <summary>Plain text of the Markdown, for summaries and search.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, _pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        // Links written by admins open normally; no target=_blank tab-nabbing, no javascript: URLs.
        sanitizer.AllowedAttributes.Remove("target");
        return sanitizer;
    }
}
