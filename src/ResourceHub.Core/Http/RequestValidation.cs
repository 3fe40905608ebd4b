using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace ResourceHub.Core.Http;

/// <summary>
/// The DataAnnotations rules of a request record, checked once here for the API (the
/// <see cref="ValidationFilter"/>) and for the pages that post the same record, so both say the same.
/// </summary>
public static class RequestValidation
{
    /// <summary>The failing fields, named in camelCase as the JSON writes them.</summary>
    public static Dictionary<string, string[]> Errors(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(member => (Key: JsonNamingPolicy.CamelCase.ConvertName(member), Message: r.ErrorMessage ?? "无效的值。")))
            .GroupBy(e => e.Key)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
    }
}
