using System.Runtime.CompilerServices;

// The review module is the one gate of status transitions (ResourcePackage.MoveTo).
[assembly: InternalsVisibleTo("ResourceHub.Review")]
