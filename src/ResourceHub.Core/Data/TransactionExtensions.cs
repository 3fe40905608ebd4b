using Microsoft.EntityFrameworkCore;

namespace ResourceHub.Core.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> atomically: in the caller's transaction when there is one
    /// (a recipe, a bigger command), else in a new one committed at the end.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this ResourceHubDbContext db, Func<Task<T>> work, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <inheritdoc cref="InTransactionAsync{T}"/>
    public static Task InTransactionAsync(this ResourceHubDbContext db, Func<Task> work, CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, ct);
}
