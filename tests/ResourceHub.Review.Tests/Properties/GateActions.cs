using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;
using ResourceHub.Review.Tests.Fixtures;
using ResourceHub.Testing;

namespace ResourceHub.Review.Tests.Properties;

public enum ActionKind
{
    Create,
    AddFile,
    DeleteFile,
    Edit,
    Submit,
    Decide,
    Revise,
    Select,
    AppointExpert,
    Decline,
}

/// <summary>One random step: who (<see cref="User"/>) does what to which target; <see cref="Choice"/> picks details.</summary>
public sealed record GateAction(ActionKind Kind, int User, int Target, int Choice)
{
    public static readonly Gen<GateAction> Gen =
        CsCheck.Gen.Select(
            CsCheck.Gen.Frequency(
                (2, CsCheck.Gen.Const(ActionKind.Create)), (3, CsCheck.Gen.Const(ActionKind.AddFile)), (1, CsCheck.Gen.Const(ActionKind.DeleteFile)), (1, CsCheck.Gen.Const(ActionKind.Edit)),
                (3, CsCheck.Gen.Const(ActionKind.Submit)), (8, CsCheck.Gen.Const(ActionKind.Decide)), (1, CsCheck.Gen.Const(ActionKind.Revise)),
                (2, CsCheck.Gen.Const(ActionKind.Select)), (1, CsCheck.Gen.Const(ActionKind.AppointExpert)), (1, CsCheck.Gen.Const(ActionKind.Decline))),
            CsCheck.Gen.Int[0, 100], CsCheck.Gen.Int[0, 100], CsCheck.Gen.Int[0, 100],
            (kind, user, target, choice) => new GateAction(kind, user, target, choice));

    public override string ToString() => $"{Kind}(user {User}, target {Target}, choice {Choice})";
}

/// <summary>
/// Plays sequences of actions directly against the services, each in its own scope as a
/// request would be. One run serves every sequence of the sample, so later sequences act on
/// the packages, reviews and selections earlier ones left in every state. A rule's refusal (a DomainException) is an expected outcome; anything
/// else fails the property.
/// </summary>
public sealed class GateRun(SiteFixture site, GateWorld world)
{
    private static readonly ResourceType[] Types = [ResourceType.Textbook, ResourceType.Textbook, ResourceType.WorkPage, ResourceType.Courseware];
    private readonly List<Guid> _packages = [];

    /// <summary>The test's own record of who created, edited, uploaded to, revised or submitted which version of which package.</summary>
    public List<(Guid PackageId, int Version, Guid UserId)> Authorship { get; } = [];

    /// <summary>How each kind of action ended, over all runs: shown so that one can see the property is exercised.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Outcomes = new();

    /// <summary>The packages the last step may have changed, for the invariants that check them one by one.</summary>
    public List<Guid> Touched { get; } = [];

    public async Task ApplyAsync(GateAction action)
    {
        Touched.Clear();
        await using var scope = site.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var gate = sp.GetRequiredService<ReviewGate>();
        var target = _packages.Count == 0 ? Guid.Empty : _packages[action.Target % _packages.Count];
        Touched.Add(target);
        var person = await ActorAsync(sp, action, target);
        var actor = person.Principal;
        // Edits and submissions are recorded against the version they touch (read before: a return or revision moves it).
        var versionBefore = target == Guid.Empty ? 0 : await VersionAsync(sp, target);
        try
        {
            switch (action.Kind)
            {
                case ActionKind.Create:
                    var created = await sp.GetRequiredService<PackageService>().CreateAsync(actor, Input(action.Choice));
                    _packages.Add(created.Id);
                    Touched.Add(created.Id);
                    break;
                case ActionKind.AddFile when target != Guid.Empty:
                    await PackageFiles.AddAsync(sp, actor, target, $"文件 {Guid.NewGuid()}");
                    break;
                case ActionKind.DeleteFile when target != Guid.Empty:
                    await PackageFiles.DeleteAnyAsync(sp, actor, target, action.Choice);
                    break;
                case ActionKind.Edit when target != Guid.Empty:
                    await sp.GetRequiredService<PackageService>().UpdateAsync(actor, target, Input(action.Choice));
                    break;
                case ActionKind.Submit when target != Guid.Empty:
                    await gate.SubmitAsync(actor, target);
                    break;
                case ActionKind.Revise when target != Guid.Empty:
                    await gate.ReviseAsync(actor, target);
                    break;
                case ActionKind.Select when target != Guid.Empty:
                    await gate.RequestSelectionAsync(actor, new(await PublishedOrAsync(sp, action, target), "课程" + action.Choice % 3, null, "随机选用"));
                    break;
                case ActionKind.Decide:
                    await DecideAsync(sp, gate, action);
                    break;
                case ActionKind.AppointExpert:
                    var someone = world.People[action.Target % world.People.Count];
                    await sp.GetRequiredService<ExpertPool>().AppointAsync(actor, new(someone.Id, ["0102"], null, "随机单位", DateOnly.FromDateTime(DateTime.UtcNow), null));
                    // Only an administrator appoints; anyone else must have been refused above.
                    Xunit.Assert.Contains("Admin", person.Roles);
                    world.Appointed.Add(someone.Id);
                    break;
                case ActionKind.Decline:
                    await DeclineAsync(sp, gate, action);
                    break;
            }
            // An action on no package yet (the run has created none) did nothing: nobody gained a hand in anything.
            if (action.Kind is ActionKind.Create or ActionKind.AddFile or ActionKind.Edit or ActionKind.Submit or ActionKind.Revise
                && (action.Kind == ActionKind.Create || target != Guid.Empty))
            {
                var id = action.Kind == ActionKind.Create ? _packages[^1] : target;
                // A revision starts the next version: its author has a hand in that one.
                var version = action.Kind switch { ActionKind.Create => 1, ActionKind.Revise => await VersionAsync(sp, id), _ => versionBefore };
                Authorship.Add((id, version, person.Id));
            }
        }
        catch (DomainException e)
        {
            // Refused by a rule: exactly what the gate is for.
            Outcomes.AddOrUpdate($"{action.Kind} {e.Status}", 1, (_, n) => n + 1);
            return;
        }
        Outcomes.AddOrUpdate($"{action.Kind} ok", 1, (_, n) => n + 1);
    }

    /// <summary>
    /// Mostly someone who plausibly acts (a teacher or school admin of the package's school for
    /// authoring, any teacher for a new package or a selection), sometimes anyone at all: purely
    /// random people would almost never get a package through, and the property would say nothing.
    /// </summary>
    private async Task<GateWorld.Person> ActorAsync(IServiceProvider sp, GateAction action, Guid target)
    {
        var anyone = world.People[action.User % world.People.Count];
        if (action.Choice % 4 == 0 || action.Kind == ActionKind.Decide)
        {
            return anyone;
        }
        Guid? school = null;
        if (target != Guid.Empty && action.Kind is not (ActionKind.Create or ActionKind.Select))
        {
            school = await sp.GetRequiredService<ResourceHubDbContext>().Set<ResourcePackage>().Where(p => p.Id == target).Select(p => p.SchoolId).FirstAsync();
        }
        var pool = world.People.Where(p => p.SchoolId is not null && (school is null || p.SchoolId == school)
            && (p.Roles.Contains("Teacher") || p.Roles.Contains("SchoolAdmin"))).ToList();
        return pool[action.User % pool.Count];
    }

    /// <summary>Mostly a published package of the run (what a school would select), else the random target.</summary>
    private async Task<Guid> PublishedOrAsync(IServiceProvider sp, GateAction action, Guid target)
    {
        var published = await sp.GetRequiredService<ResourceHubDbContext>().Set<ResourcePackage>()
            .Where(p => _packages.Contains(p.Id) && p.PublishedVersion != null).Select(p => p.Id).ToListAsync();
        return published.Count == 0 || action.Choice % 4 == 0 ? target : published[action.Target % published.Count];
    }

    private async Task DecideAsync(IServiceProvider sp, ReviewGate gate, GateAction action)
    {
        var db = sp.GetRequiredService<ResourceHubDbContext>();
        var open = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Assignments)
            .Where(r => r.PackageId != null && _packages.Contains(r.PackageId.Value)).OrderBy(r => r.OpenedAt).ToListAsync();
        if (open.Count == 0)
        {
            Outcomes.AddOrUpdate("Decide none-open", 1, (_, n) => n + 1);
            return;
        }
        // Mostly open reviews, sometimes a closed one (a second decision must be refused).
        var pool = action.Choice % 5 == 0 ? open : open.Where(r => r.Status == ReviewStatus.Pending).ToList();
        if (pool.Count == 0)
        {
            Outcomes.AddOrUpdate("Decide none-pending", 1, (_, n) => n + 1);
            return;
        }
        var review = pool[action.Target % pool.Count];
        Touched.Add(review.PackageId!.Value);
        // Mostly a plausible reviewer for the stage by the test's own reading of the rules, sometimes anyone.
        var assigned = review.Assignments.Where(a => a.IsActive).Select(a => a.UserId).ToHashSet();
        var reviewers = world.People.Where(p => review.Stage switch
        {
            ReviewStage.School => p.SchoolId == review.SchoolId && (p.Roles.Contains("Reviewer") || p.Roles.Contains("SchoolAdmin")),
            ReviewStage.Expert => assigned.Contains(p.Id),
            _ => (p.SchoolId == review.SchoolId && p.Roles.Contains("Reviewer")) || assigned.Contains(p.Id),
        }).ToList();
        if (reviewers.Count == 0)
        {
            reviewers = [.. world.People];
        }
        var actor = action.Choice % 4 == 0 ? world.People[action.User % world.People.Count] : reviewers[action.User % reviewers.Count];
        var decision = (action.Choice % 8) switch { < 6 => Decision.Approve, 6 => Decision.Return, _ => Decision.Reject };
        var comment = action.Choice % 7 == 0 ? null : "意见" + action.Choice;
        await gate.DecideAsync(actor.Principal, review.Id, decision, comment);
    }

    private static Task<int> VersionAsync(IServiceProvider sp, Guid id) =>
        sp.GetRequiredService<ResourceHubDbContext>().Set<ResourcePackage>().Where(p => p.Id == id).Select(p => p.Version).FirstAsync();

    /// <summary>An assigned expert (mostly) or anyone declines an open expert stage.</summary>
    private async Task DeclineAsync(IServiceProvider sp, ReviewGate gate, GateAction action)
    {
        var db = sp.GetRequiredService<ResourceHubDbContext>();
        var open = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Assignments)
            .Where(r => r.PackageId != null && _packages.Contains(r.PackageId.Value) && r.Status == ReviewStatus.Pending && r.Stage == ReviewStage.Expert).OrderBy(r => r.OpenedAt).ToListAsync();
        if (open.Count == 0)
        {
            Outcomes.AddOrUpdate("Decline none-open", 1, (_, n) => n + 1);
            return;
        }
        var review = open[action.Target % open.Count];
        var assigned = review.Assignments.Where(a => a.IsActive).Select(a => world.Find(a.UserId)).ToList();
        var who = assigned.Count == 0 || action.Choice % 4 == 0 ? world.People[action.User % world.People.Count] : assigned[action.User % assigned.Count];
        await gate.DeclineAsync(who.Principal, review.Id, "随机拒绝" + action.Choice);
    }

    private static PackageInput Input(int choice)
    {
        var type = Types[choice % Types.Length];
        return new("随机资源包" + choice, null, "0102", null, type, null, null, null, null, null);
    }
}
