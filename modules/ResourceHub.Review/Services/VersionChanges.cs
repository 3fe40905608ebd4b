using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using ResourceHub.Core.Content;
using ResourceHub.Resources;

namespace ResourceHub.Review.Services;

/// <summary>
/// What changed between the last reviewed version and the one under review: metadata fields,
/// files added, removed or replaced (matched by name, compared by SHA-256), and a line diff of
/// each changed file's extracted text, so a reviewer of a resubmission reads only what is new.
/// </summary>
public sealed record VersionChanges(int FromVersion, IReadOnlyList<VersionChanges.Field> Fields, IReadOnlyList<VersionChanges.FileChange> Files)
{
    public sealed record Field(string Label, string Before, string After);

    public enum FileChangeKind { Added, Removed, Replaced }

    /// <summary>A file's change with its text diff (empty when the text is unknown or unchanged).</summary>
    public sealed record FileChange(string Name, FileChangeKind Kind, IReadOnlyList<Line> Lines, bool Truncated);

    public sealed record Line(ChangeType Type, string Text);

    /// <summary>At most this many diff lines per file on the page: a whole new book is read in its preview, not here.</summary>
    public const int MaxLines = 400;

    public bool IsEmpty => Fields.Count == 0 && Files.Count == 0;

    public static VersionChanges Between(PackageView before, PackageView after, IReadOnlyList<ExtractedText> texts)
    {
        var fields = new List<Field>();
        void Compare(string label, string? a, string? b)
        {
            if ((a ?? "") != (b ?? ""))
            {
                fields.Add(new(label, a ?? "—", b ?? "—"));
            }
        }
        Compare("标题", before.Title, after.Title);
        Compare("简介", before.Description, after.Description);
        Compare("专业代码", before.SpecialtyCode, after.SpecialtyCode);
        Compare("课程", before.CourseName, after.CourseName);
        Compare("资源类型", before.ResourceType.ToChinese(), after.ResourceType.ToChinese());
        Compare("教材形态", before.TextbookForm?.ToChinese(), after.TextbookForm?.ToChinese());
        Compare("技能等级", before.SkillLevel?.ToChinese(), after.SkillLevel?.ToChinese());
        Compare("作者", string.Join("、", before.Authors), string.Join("、", after.Authors));

        var text = texts.ToDictionary(t => t.FileId, t => t.Text);
        string TextOf(PackageFileView? f) => f is not null && text.TryGetValue(f.Id, out var t) ? t : "";
        var files = new List<FileChange>();
        var oldByName = before.Files.ToLookup(f => f.Name);
        var newByName = after.Files.ToLookup(f => f.Name);
        foreach (var f in after.Files)
        {
            var old = oldByName[f.Name].FirstOrDefault();
            if (old is null)
            {
                files.Add(Diff(f.Name, FileChangeKind.Added, "", TextOf(f)));
            }
            else if (old.Sha256 != f.Sha256)
            {
                files.Add(Diff(f.Name, FileChangeKind.Replaced, TextOf(old), TextOf(f)));
            }
        }
        files.AddRange(before.Files.Where(f => !newByName.Contains(f.Name)).Select(f => new FileChange(f.Name, FileChangeKind.Removed, [], false)));
        return new(before.Version, fields, files);
    }

    private static FileChange Diff(string name, FileChangeKind kind, string before, string after)
    {
        var model = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: true);
        var changed = model.Lines.Where(l => l.Type is ChangeType.Inserted or ChangeType.Deleted && !string.IsNullOrWhiteSpace(l.Text)).ToList();
        return new(name, kind, changed.Take(MaxLines).Select(l => new Line(l.Type, l.Text)).ToList(), changed.Count > MaxLines);
    }
}
