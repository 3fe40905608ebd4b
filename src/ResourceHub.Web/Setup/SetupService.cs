using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Hosting;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;

namespace ResourceHub.Web.Setup;

/// <summary>
/// Start-up work: apply migrations, then on an empty site run the setup recipe and create the
/// administrator, all in one transaction so that a failed setup leaves an empty site to retry.
/// </summary>
public sealed class SetupService(
    ResourceHubDbContext db,
    RecipeRunner recipes,
    UserManager<ResourceHubUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    SitePaths paths,
    IConfiguration configuration,
    ILogger<SetupService> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (await db.SiteStates.AnyAsync(s => s.Key == SiteState.SetupCompleted, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var recipe = ResolveRecipe(configuration["ResourceHub:Setup:Recipe"]);
        logger.LogInformation("First run: applying recipe {Recipe}", recipe);
        await recipes.RunAsync(recipe, cancellationToken);
        await CreateAdministratorAsync();
        db.SiteStates.Add(new SiteState { Key = SiteState.SetupCompleted, Value = DateTimeOffset.UtcNow.ToString("O") });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>"demo" → recipes/demo.recipe.json; a path is taken as it is.</summary>
    private string ResolveRecipe(string? name)
    {
        name = string.IsNullOrWhiteSpace(name) ? "default" : name;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetFullPath(name, paths.ContentRoot);
        }
        return Path.Combine(paths.ContentRoot, "recipes", $"{name}.recipe.json");
    }

    private async Task CreateAdministratorAsync()
    {
        var userName = configuration["ResourceHub:Setup:AdminUserName"] is { Length: > 0 } n ? n : "admin";
        var password = configuration["ResourceHub:Setup:AdminPassword"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16) + "7a";
        }
        var admin = new ResourceHubUser { UserName = userName, DisplayName = "系统管理员" };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Cannot create the administrator: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        // Roles come from the recipe; make sure Admin exists even if a custom recipe forgets it.
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(Roles.Admin));
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        if (generated)
        {
            // Printed once, on the console only: it is never stored in clear text.
            Console.WriteLine($"""

                ==== ResourceHub 首次启动 ====
                管理员用户名: {userName}
                管理员密码:   {password}
                （仅显示这一次；请登录后妥善保管。）
                ==============================

                """);
        }
    }
}
