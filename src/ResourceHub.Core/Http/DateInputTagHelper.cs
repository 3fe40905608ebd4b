using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ResourceHub.Core.Http;

/// <summary>
/// Dates are written yyyy-MM-dd everywhere. A browser draws &lt;input type="date"&gt; in its own
/// locale (08/20/2026 in an English one), so date fields become text fields that take and show
/// yyyy-MM-dd (a time: yyyy-MM-dd HH:mm), the form the server binds. Runs after the input tag helper (which gives a DateOnly
/// property type="date" and its yyyy-MM-dd value).
/// </summary>
[HtmlTargetElement("input", Attributes = "type", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (pattern, format, example) = output.Attributes["type"]?.Value?.ToString() switch
        {
            "date" => (@"\d{4}-\d{2}-\d{2}", "yyyy-MM-dd", "2026-08-20"),
            "datetime-local" => (@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", "yyyy-MM-dd HH:mm", "2026-08-20 14:30"),
            _ => default,
        };
        if (pattern is null)
        {
            return;
        }
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("pattern", pattern);
        output.Attributes.SetAttribute("placeholder", format);
        output.Attributes.SetAttribute("title", $"格式 {format}，如 {example}");
        output.Attributes.SetAttribute("autocomplete", "off");
    }
}
