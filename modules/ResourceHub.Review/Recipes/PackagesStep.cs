using System.Text;
using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Resources;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Recipes;

/// <summary>
/// <c>{"step": "packages", "packages": [{"author", "title", …, "course", "learningTask", "files": [{"name", "text"}], "approvedBy": ["reviewer", …]}]}</c>:
/// sample packages for a demo site, made as people make them. The author (a user ref of the
/// recipe) creates the package and uploads its files through Resources' authoring contract; with
/// <c>approvedBy</c> it is submitted and each named reviewer decides their open review through
/// the review gate, so a recipe publishes nothing that its reviewers could not have published.
/// </summary>
public sealed class PackagesStep(
    IPackageAuthoring packages,
    ReviewGate gate,
    ReviewQueries queries,
    RecipePeople people) : IRecipeStep
{
    private sealed record FileItem(string Name, string Text);

    private sealed record Item(
        string Author, string Title, string? Description, string SpecialtyCode, string? CourseName, ResourceType ResourceType,
        TextbookForm? TextbookForm, SkillLevel? SkillLevel, string[]? Tags, FileItem[]? Files, string[]? ApprovedBy,
        string? Course = null, string? LearningTask = null);

    public string Name => "packages";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("packages"))
        {
            var author = await people.PrincipalAsync(context, item.Author);
            var package = await packages.CreateAsync(author, new PackageInput(
                item.Title, item.Description, item.SpecialtyCode, item.CourseName, item.ResourceType, item.TextbookForm,
                item.SkillLevel, item.Tags, null, null,
                item.Course is null ? null : context.Resolve(item.Course), item.LearningTask is null ? null : context.Resolve(item.LearningTask)), cancellationToken);
            foreach (var file in item.Files ?? [])
            {
                await using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(file.Text));
                await packages.AddFileAsync(author, package.Id, file.Name, bytes, cancellationToken);
            }
            if (item.ApprovedBy is not { Length: > 0 })
            {
                continue;
            }
            await gate.SubmitAsync(author, package.Id, ct: cancellationToken);
            foreach (var reviewerRef in item.ApprovedBy)
            {
                var reviewer = await people.PrincipalAsync(context, reviewerRef);
                var open = (await queries.QueueAsync(reviewer, true, cancellationToken)).Where(q => q.Review.PackageId == package.Id);
                foreach (var review in open)
                {
                    await gate.DecideAsync(reviewer, review.Review.Id, Decision.Approve, "内容完整，符合课程标准，同意发布。", cancellationToken);
                }
            }
        }
    }
}
