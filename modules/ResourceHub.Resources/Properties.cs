using System.Runtime.CompilerServices;

// The review module is the one gate of status transitions (ResourcePackage.MoveTo).
[assembly: InternalsVisibleTo("ResourceHub.Review")]

// The search benchmark builds published packages in memory (never in a database) to index them.
[assembly: InternalsVisibleTo("ResourceHub.Bench.Search")]
