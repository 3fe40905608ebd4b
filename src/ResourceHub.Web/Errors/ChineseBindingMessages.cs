using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ResourceHub.Web.Errors;

/// <summary>
/// A form field whose text cannot be read as its type (letters in a number field) is told so in
/// Chinese beside the field, not in the framework's English.
/// </summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值。");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        m.SetUnknownValueIsInvalidAccessor(_ => "填写的值无效。");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        m.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        m.SetValueMustBeANumberAccessor(_ => "请填写数字。");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        m.SetValueMustNotBeNullAccessor(_ => "此项必须填写。");
        m.SetMissingBindRequiredValueAccessor(_ => "此项必须填写。");
        m.SetMissingKeyOrValueAccessor(() => "此项必须填写。");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
    }
}
