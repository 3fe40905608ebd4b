using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ResourceHub.Core.Http;

public static class EndpointExtensions
{
    /// <summary>An API group: validated bodies, one OpenAPI tag.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapGroup(prefix).WithTags(tag).AddEndpointFilter<ValidationFilter>();
}
