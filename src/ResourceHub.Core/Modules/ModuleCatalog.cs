using System.Reflection;

namespace ResourceHub.Core.Modules;

/// <summary>The modules of this site, found once at start-up.</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<IModule> modules) => Modules = modules.OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    public IReadOnlyList<IModule> Modules { get; }

    /// <summary>The module assemblies plus Core: where entity configurations are looked for.</summary>
    public IEnumerable<Assembly> Assemblies =>
        Modules.Select(m => m.GetType().Assembly).Append(typeof(ModuleCatalog).Assembly).Distinct();

    /// <summary>The module assemblies that contribute tables to the shared model.</summary>
    public IEnumerable<Assembly> ModelAssemblies =>
        Assemblies.Where(a => SafeTypes(a).Any(t => !t.IsAbstract && t.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<>))));

    /// <summary>
    /// Loads every ResourceHub assembly beside the application (the host's project references
    /// are copied there) and instantiates each <see cref="IModule"/> it declares.
    /// </summary>
    public static ModuleCatalog Discover()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "ResourceHub.*.dll")
            .Select(f => TryLoad(Path.GetFileNameWithoutExtension(f)))
            .OfType<Assembly>()
            .Distinct();
        var modules = assemblies
            .SelectMany(SafeTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(t))
            .Distinct()
            .Select(t => (IModule)Activator.CreateInstance(t)!);
        return new ModuleCatalog(modules);
    }

    private static Assembly? TryLoad(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (Exception e) when (e is FileNotFoundException or BadImageFormatException or FileLoadException) { return null; }
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }
}
