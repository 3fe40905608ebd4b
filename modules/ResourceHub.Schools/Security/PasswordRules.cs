using System.Reflection;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Core.Data;

namespace ResourceHub.Schools.Security;

/// <summary>
/// Refuses a password found in the bundled list of common and leaked passwords (compared in
/// lower case), or equal to the user name. Length (at least 10) is Identity's own rule, set by the module.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ResourceHubUser>
{
    public const int MinimumLength = 10;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ResourceHubUser> manager, ResourceHubUser user, string? password)
    {
        var lower = (password ?? "").ToLowerInvariant();
        if (Common.Value.Contains(lower) || lower == user.UserName?.ToLowerInvariant())
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "这个密码过于常见，很容易被猜中，请换一个不常见的密码（至少 10 个字符）。",
            }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ResourceHub.Schools.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }
        return set;
    }
}

/// <summary>A disabled account cannot sign in (page or token): Identity asks this before it checks the password.</summary>
public sealed class EnabledAccountConfirmation : IUserConfirmation<ResourceHubUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ResourceHubUser> manager, ResourceHubUser user) => Task.FromResult(user.DisabledAt is null);
}
