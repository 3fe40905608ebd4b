namespace ResourceHub.Web.Security;

/// <summary>
/// Headers on every answer. The policy allows scripts and styles from the site only (the theme
/// bundles everything; no inline script, style or handler anywhere), nothing embedded as an
/// object, no framing by another site (the decision form is not clickjackable), and pdf.js's
/// worker, canvas images and fonts as pdf.js makes them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The API documentation (Swagger UI, a served library) writes its own inline style at run time;
    /// that page alone may apply inline styles. Its scripts stay 'self' only, and it shows no user content.
    /// </summary>
    public static readonly string ApiDocsPolicy = ContentSecurityPolicy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), fullscreen=(self)";

    public static void Apply(HttpContext context, SecurityOptions options)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // A stricter policy already set stays (downloads answer with "sandbox").
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsPolicy : ContentSecurityPolicy;
        }
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // HSTS only on https (directly or as the trusted proxy says): on plain http it would mean nothing.
        if (context.Request.IsHttps && options.HstsMaxAgeDays > 0)
        {
            headers.StrictTransportSecurity = $"max-age={options.HstsMaxAgeDays * 86400}";
        }
    }
}
