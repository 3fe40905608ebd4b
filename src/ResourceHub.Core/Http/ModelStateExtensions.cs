using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ResourceHub.Core.Http;

public static class ModelStateExtensions
{
    /// <summary>
    /// Shows a rule's refusal on a form: beside the field it names (the API's camelCase field
    /// "schoolId" is the page's "SchoolId" or "Input.SchoolId"), or at the top of the form.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, string prefix = "")
    {
        if (error.Errors is null)
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }
        foreach (var (field, messages) in error.Errors)
        {
            var key = field.Length == 0 ? string.Empty : prefix + char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
