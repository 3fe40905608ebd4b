namespace ResourceHub.Core.Modules;

/// <summary>
/// The theme's file field (partial <c>_FilePicker</c>): a browser draws its own "Choose Files /
/// No file chosen" in its own language, so the input is hidden and a 选择文件 button and the chosen
/// names stand in for it. The page keeps its own &lt;label for="Id"&gt;.
/// </summary>
public sealed record FilePicker(string Id, string? Name = null, string? Accept = null, bool Multiple = false, bool Required = false);
