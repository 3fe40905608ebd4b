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
        modelState.AddFieldErrors(error.Errors, prefix, keepBindingErrors: false);
    }

    /// <summary>
    /// Checks the API's request record that a page's form stands for, with the API's own rules
    /// and messages. A field whose text could not even be read keeps that one message.
    /// </summary>
    public static bool AddRequestErrors(this ModelStateDictionary modelState, object request, string prefix = "")
    {
        modelState.AddFieldErrors(RequestValidation.Errors(request), prefix, keepBindingErrors: true);
        return modelState.IsValid;
    }

    private static void AddFieldErrors(this ModelStateDictionary modelState, IDictionary<string, string[]> errors, string prefix, bool keepBindingErrors)
    {
        foreach (var (field, messages) in errors)
        {
            var key = field.Length == 0 ? string.Empty : prefix + char.ToUpperInvariant(field[0]) + field[1..];
            if (keepBindingErrors && modelState[key]?.Errors.Count > 0)
            {
                continue;
            }
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
