using System.ComponentModel.DataAnnotations;
using System.Text.Json;
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
        var errors = new Dictionary<string, List<string>>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsRequestModel(argument.GetType()))
            {
                continue;
            }
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true);
            foreach (var result in results)
            {
                foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                {
                    var key = JsonNamingPolicy.CamelCase.ConvertName(member);
                    if (!errors.TryGetValue(key, out var list))
                    {
                        errors[key] = list = [];
                    }
                    list.Add(result.ErrorMessage ?? "无效的值。");
                }
            }
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        return await next(context);
    }

    private static bool IsRequestModel(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("ResourceHub.", StringComparison.Ordinal) == true;
}
