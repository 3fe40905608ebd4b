using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Media.Services;

/// <summary>A file's kind within its package (教材, 工作页, 案例, 课件, 视频), as clients name it.</summary>
public static class FileKinds
{
    public static ResourceType? Parse(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return null;
        }
        return Enum.TryParse<ResourceType>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FieldException("kind", "文件类别应为 Textbook、WorkPage、CaseLibrary、Courseware 或 Video。");
    }
}
