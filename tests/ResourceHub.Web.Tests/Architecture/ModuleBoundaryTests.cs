using System.Reflection;
using NetArchTest.Rules;
using Xunit;

namespace ResourceHub.Web.Tests.Architecture;

/// <summary>
/// Decision 0007: a module uses another only through its contract (its <c>.Abstractions</c>
/// project, or the public services it offers), never its entities and tables (<c>.Models</c>,
/// <c>.Data</c>), endpoints or pages. Media is a package-agnostic file store that knows no module.
/// </summary>
public sealed class ModuleBoundaryTests
{
    /// <summary>Every module assembly the host loads (contract projects are what others may use, so they are not modules here).</summary>
    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var name in ModuleNames())
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_UsesNoOtherModulesEntitiesTablesEndpointsOrPages(string module)
    {
        var forbidden = ModuleNames().Where(other => other != module)
            .SelectMany(other => new[] { "Models", "Data", "Endpoints", "Pages", "ViewComponents", "Recipes" }.Select(area => $"ResourceHub.{other}.{area}"))
            .ToArray();
        var result = Types.InAssembly(Load(module)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"ResourceHub.{module} reaches into another module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Media_DependsOnNoOtherModule()
    {
        var others = ModuleNames().Where(m => m != "Media").Select(m => $"ResourceHub.{m}").ToArray();
        var result = Types.InAssembly(Load("Media")).ShouldNot().HaveDependencyOnAny(others).GetResult();
        Assert.True(result.IsSuccessful, $"ResourceHub.Media depends on a module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Rule_CatchesAReachIntoAnotherModule()
    {
        // The rule is not vacuous: Resources' own pages do use its entities.
        var result = Types.InAssembly(Load("Resources")).ShouldNot().HaveDependencyOn("ResourceHub.Resources.Models").GetResult();
        Assert.False(result.IsSuccessful);
    }

    private static Assembly Load(string module) => Assembly.Load($"ResourceHub.{module}");

    private static IEnumerable<string> ModuleNames() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "ResourceHub.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(n => n!["ResourceHub.".Length..])
            .Where(n => !n.EndsWith(".Abstractions", StringComparison.Ordinal) && !n.Contains('.')
                && n is not ("Core" or "Web" or "Testing") && !n.EndsWith("Tests", StringComparison.Ordinal))
            .Where(n => Assembly.Load($"ResourceHub.{n}").GetTypes().Any(t => t.GetInterface("ResourceHub.Core.Modules.IModule") is not null))
            .Order();
}
