using System.Reflection;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;
using Xunit;

namespace ResourceHub.Review.Tests.Gate;

/// <summary>The one gate is structural: nothing outside the review module can move a package or a selection.</summary>
public sealed class OneGateTests
{
    [Fact]
    public void MoveTo_PackageAndSelection_NotPublic()
    {
        var packageMove = typeof(ResourcePackage).GetMethod("MoveTo", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!;
        Assert.True(packageMove.IsAssembly, "ResourcePackage.MoveTo must be internal (visible to ResourceHub.Review only)");
        var selectionMove = typeof(Selection).GetMethod("MoveTo", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!;
        Assert.True(selectionMove.IsAssembly);
    }

    [Fact]
    public void StatusAndVersion_NoPublicSetters()
    {
        foreach (var name in new[] { nameof(ResourcePackage.Status), nameof(ResourcePackage.Version), nameof(ResourcePackage.PublishedVersion) })
        {
            Assert.False(typeof(ResourcePackage).GetProperty(name)!.SetMethod!.IsPublic, $"{name} has a public setter");
        }
        Assert.False(typeof(Selection).GetProperty(nameof(Selection.Status))!.SetMethod!.IsPublic);
    }

    [Fact]
    public void InternalsVisibleTo_OnlyTheReviewModule()
    {
        var friends = typeof(ResourcePackage).Assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName).ToList();
        Assert.Equal([typeof(ReviewGate).Assembly.GetName().Name!], friends);
    }
}
