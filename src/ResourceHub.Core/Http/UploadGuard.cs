using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ResourceHub.Core.Http;

/// <summary>What every endpoint that reads a file body itself (or deletes) does first.</summary>
public static class UploadGuard
{
    /// <summary>
    /// Raises the body limit to this endpoint's own. Cross-site requests riding on the sign-in
    /// cookie are refused before any endpoint runs: the host's API antiforgery check wants the
    /// X-CSRF-TOKEN header on every cookie-authenticated write (docs/security.md).
    /// </summary>
    public static Task ValidateAsync(HttpContext context, long maxBodyBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBodyBytes;
        }
        return Task.CompletedTask;
    }
}
