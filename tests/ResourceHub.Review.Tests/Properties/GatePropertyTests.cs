using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Review.Tests.Properties;

/// <summary>
/// Random sequences of create, add or delete a file, edit, submit, decide, revise and select by random
/// people of three schools and several roles, played against the services of one site; after
/// every step, <see cref="GateInvariant"/> and <see cref="OutsiderInvariant"/> must hold.
/// </summary>
public sealed class GatePropertyTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task RandomActions_NeverPublishOrSelectWithoutEligibleApprovalsOfThatVersion()
    {
        site.EnsureAvailable();
        var world = await GateWorld.CreateAsync(site);
        var run = new GateRun(site, world);
        await GateAction.Gen.Array[20, 50].SampleAsync(async actions =>
        {
            foreach (var action in actions)
            {
                await run.ApplyAsync(action);
                await GateInvariant.AssertAsync(site, world, run.Authorship);
                await OutsiderInvariant.AssertAsync(site, world, run.Touched);
            }
            await OutsiderInvariant.AssertAsync(site, world);
        }, iter: 20, threads: 1, print: actions => string.Join(Environment.NewLine, actions.Select(a => a.ToString())));

        // The property is not vacuous: the random runs did publish packages and approve selections.
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var published = await db.Set<ResourcePackage>().CountAsync(p => p.PublishedVersion != null, ct);
        var revised = await db.Set<ResourcePackage>().CountAsync(p => p.PublishedVersion != null && p.Version > p.PublishedVersion, ct);
        var approved = await db.Set<Selection>().CountAsync(s => s.Status == SelectionStatus.Approved, ct);
        var decisions = await db.Set<ReviewDecision>().CountAsync(ct);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", GateRun.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        TestContext.Current.TestOutputHelper?.WriteLine($"published {published}, revised after publishing {revised}, selections approved {approved}, decisions {decisions}");
        Assert.True(published > 0 && decisions > 0, "the random runs never reached a publication");
    }
}
