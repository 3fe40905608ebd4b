namespace ResourceHub.Web.Security;

/// <summary><c>ResourceHub:Security</c>: what the site trusts from a reverse proxy, and HSTS.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Read X-Forwarded-For / X-Forwarded-Proto (client address and https) from the proxies in
    /// <see cref="KnownProxies"/> only. Off: the site sees the proxy as the client and plain http.
    /// </summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the trusted reverse proxies, comma-separated; empty: loopback only.</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Strict-Transport-Security max-age on https answers; 0 turns HSTS off.</summary>
    public int HstsMaxAgeDays { get; set; } = 180;
}
