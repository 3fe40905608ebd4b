namespace ResourceHub.Core.Security;

/// <summary>Something that can be granted to a role; declared by the module that checks it.</summary>
public sealed record Permission(string Name, string Description, params string[] DefaultRoles);
