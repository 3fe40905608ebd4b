using Microsoft.AspNetCore.Http;

namespace ResourceHub.Core.Http;

/// <summary>
/// Validates every request-body argument that carries DataAnnotations before the handler runs,
/// answering 400 with the failing fields named in camelCase, as the JSON was written.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = context.Arguments
            .Where(a => a is not null && IsRequestModel(a.GetType()))
            .SelectMany(a => RequestValidation.Errors(a!))
            .GroupBy(e => e.Key)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray());
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        return await next(context);
    }

    private static bool IsRequestModel(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("ResourceHub.", StringComparison.Ordinal) == true;
}
