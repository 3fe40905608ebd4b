using Xunit;

namespace ResourceHub.Testing;

/// <summary>
/// Tests that need PostgreSQL, Azurite or Chromium skip with the reason where those are absent,
/// except when <c>RESOURCEHUB_REQUIRE_ALL=1</c> (set by .ci/run): then a missing part fails.
/// </summary>
public static class Requirements
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("RESOURCEHUB_REQUIRE_ALL") == "1";

    public static void Unavailable(string what, string reason)
    {
        var message = $"{what} is not available: {reason}";
        if (RequireAll)
        {
            Assert.Fail(message + " (RESOURCEHUB_REQUIRE_ALL=1 forbids skipping)");
        }
        Assert.Skip(message);
    }
}
