using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace ResourceHub.Schools.Services;

/// <summary>
/// Slows password guessing without handing strangers a way to lock accounts. Only FAILED
/// sign-ins count (a whole school signing in at 8 a.m. behind one NAT address is never held up):
/// per client address and per user name in a sliding minute (rate limiters of
/// System.Threading.RateLimiting), and per user name + address a delay that doubles from the
/// third failure (1 s, 2 s, 4 s … at most <see cref="MaxDelay"/>), forgotten on success. Nothing
/// locks for longer than a minute, so a guesser elsewhere cannot keep the real user out for long.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _failures;
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Last, DateTimeOffset Until)> _pairs = new();
    private readonly TimeProvider _clock;

    public SignInThrottle(int perAddressPerMinute, int perUserPerMinute, TimeProvider clock)
    {
        _clock = clock;
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = key.StartsWith("a:", StringComparison.Ordinal) ? perAddressPerMinute : perUserPerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>How long the caller must wait before this attempt is even looked at; null: go ahead.</summary>
    public TimeSpan? RetryAfter(string userName, string? address)
    {
        var waits = new List<TimeSpan>();
        foreach (var key in Keys(userName, address))
        {
            // Asking for 0 permits tells whether any is left without taking one.
            using var lease = _failures.AttemptAcquire(key, 0);
            if (!lease.IsAcquired)
            {
                waits.Add(lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10));
            }
        }
        if (_pairs.TryGetValue(Pair(userName, address), out var pair) && pair.Until > _clock.GetUtcNow())
        {
            waits.Add(pair.Until - _clock.GetUtcNow());
        }
        return waits.Count == 0 ? null : waits.Max();
    }

    public void Failed(string userName, string? address)
    {
        foreach (var key in Keys(userName, address))
        {
            _failures.AttemptAcquire(key, 1).Dispose();
        }
        var now = _clock.GetUtcNow();
        _pairs.AddOrUpdate(Pair(userName, address), _ => (1, now, now), (_, old) =>
        {
            var count = old.Last + Forget < now ? 1 : old.Count + 1;
            var delay = count < 3 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, count - 3)));
            return (count, now, now + delay);
        });
        if (_pairs.Count > 10_000)
        {
            foreach (var stale in _pairs.Where(p => p.Value.Last + Forget < now).Select(p => p.Key).ToList())
            {
                _pairs.TryRemove(stale, out _);
            }
        }
    }

    public void Succeeded(string userName, string? address) => _pairs.TryRemove(Pair(userName, address), out _);

    public void Dispose() => _failures.Dispose();

    private static string Name(string userName) => userName.Trim().ToUpperInvariant();

    private static string[] Keys(string userName, string? address) => ["a:" + (address ?? "-"), "u:" + Name(userName)];

    private static string Pair(string userName, string? address) => Name(userName) + "|" + (address ?? "-");
}
