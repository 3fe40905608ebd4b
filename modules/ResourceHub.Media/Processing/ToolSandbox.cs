namespace ResourceHub.Media.Processing;

/// <summary>
/// The jail every converter runs in (Debian's bubblewrap): no network (its own empty network
/// namespace), no other process, and a file system of the programs in /usr, the font and
/// LibreOffice/Ghostscript settings from /etc, an empty /tmp, and the job's work folder, the
/// only place it can write. The site's data, keys and the rest of the server's disk are not
/// there at all, so a document that links http:// or file:/// content gets nothing.
/// </summary>
public static class ToolSandbox
{
    /// <summary>The bwrap arguments that run <paramref name="tool"/> with <paramref name="arguments"/> inside the jail.</summary>
    public static List<string> Wrap(string tool, IEnumerable<string> arguments, string workFolder)
    {
        var work = Path.GetFullPath(workFolder);
        List<string> jail =
        [
            "--unshare-all", "--die-with-parent", "--new-session",
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
        ];
        foreach (var shared in (string[])["/etc/fonts", "/etc/ld.so.cache", "/etc/alternatives", "/etc/libreoffice", "/etc/ghostscript", "/etc/ImageMagick-6", "/var/cache/fontconfig"])
        {
            jail.AddRange(["--ro-bind-try", shared, shared]);
        }
        // A tool configured outside /usr (LibreOffice unpacked under /opt): its own folder, read-only.
        if (Path.IsPathRooted(tool) && !tool.StartsWith("/usr/", StringComparison.Ordinal) && Path.GetDirectoryName(Path.GetDirectoryName(tool)) is { Length: > 1 } install)
        {
            jail.AddRange(["--ro-bind", install, install]);
        }
        jail.AddRange(["--bind", work, work, "--chdir", work,
            "--clearenv", "--setenv", "HOME", work, "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8", "--setenv", "TMPDIR", "/tmp",
            "--", tool]);
        jail.AddRange(arguments);
        return jail;
    }
}
