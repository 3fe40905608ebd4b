using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ResourceHub.Core.Caching;

/// <summary>
/// What a module declares for one of its pages: the tags that evict it, the query keys that change
/// what it shows (all others are ignored, so junk parameters cannot multiply entries), and tags
/// taken from the request (<c>package:{id}</c>).
/// </summary>
public sealed record CachedPage(IReadOnlyList<string> Tags, IReadOnlyList<string>? QueryKeys = null, Func<HttpContext, IEnumerable<string>>? RequestTags = null);

/// <summary>
/// Output caching for visitors who are not signed in, and only for them: a request with the
/// sign-in cookie or an Authorization header is neither answered from the cache nor stored, so a
/// signed-in user never gets an anonymous page without their controls, and nobody gets a
/// signed-in user's page. An answer is stored only if it is a 200 that sets no cookie and does
/// not forbid storing: antiforgery marks every response that embeds a token <c>no-store</c>, so a
/// page carrying one visitor's token is never handed to another.
/// </summary>
public sealed class AnonymousPagePolicy(CachedPage page) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<PageCacheOptions>>().CurrentValue;
        var cacheable = options.Enabled && options.Seconds > 0
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !SignedIn(http);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Seconds);
        context.CacheVaryByRules.QueryKeys = page.QueryKeys is { Count: > 0 } keys ? keys.ToArray() : [];
        foreach (var tag in page.Tags.Concat(page.RequestTags?.Invoke(http) ?? []))
        {
            context.Tags.Add(tag);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The sign-in cookie (also its chunks, <c>rh.authC1</c>…) or a bearer token: this visitor's page is their own.</summary>
    private static bool SignedIn(HttpContext http)
    {
        if (http.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return true;
        }
        var cookie = http.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? ".AspNetCore.Identity.Application";
        foreach (var name in http.Request.Cookies.Keys)
        {
            if (name.StartsWith(cookie, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
