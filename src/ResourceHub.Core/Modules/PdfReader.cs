namespace ResourceHub.Core.Modules;

/// <summary>
/// A PDF read in place (the theme's <c>_PdfReader</c> partial and its pdf.js viewer): folded until
/// opened, so a closed reader fetches nothing. <paramref name="Unit"/> and <paramref name="File"/>
/// name a 研修 unit's file whose reading counts towards its completion.
/// </summary>
public sealed record PdfReader(string Summary, string Src, Guid? Unit = null, Guid? File = null);
