using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ResourceHub.Bench.Search;

/// <summary>
/// The embedded peer: SQLite FTS5 with the trigram tokenizer over the same fields. Trigrams need
/// three characters, so a shorter word falls back to LIKE (which FTS5 trigram also serves from
/// its index when the pattern has three or more characters, and scans otherwise). All words are
/// required; results are ranked by bm25, with the total counted, as the site shows them.
/// </summary>
public sealed class Fts5Engine(string path)
{
    private readonly string _connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;

    public TimeSpan Build(IEnumerable<BenchPackage> packages)
    {
        File.Delete(path);
        var clock = Stopwatch.StartNew();
        using var db = Open();
        Execute(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(db, "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, visible UNINDEXED, title, description, meta, body, tokenize='trigram')");
        using var tx = db.BeginTransaction();
        using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO docs(id, visible, title, description, meta, body) VALUES ($id, $visible, $title, $description, $meta, $body)";
        var parameters = new[] { "$id", "$visible", "$title", "$description", "$meta", "$body" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var p in packages)
        {
            var package = p.Package;
            parameters[0].Value = package.Id.ToString("N");
            parameters[1].Value = package.PublishedVersion is null ? 0 : 1;
            parameters[2].Value = package.Title;
            parameters[3].Value = package.Description;
            parameters[4].Value = string.Join(' ', package.Tags.Append(package.CourseName ?? "").Append(p.SpecialtyName));
            parameters[5].Value = p.Body;
            insert.ExecuteNonQuery();
        }
        tx.Commit();
        Execute(db, "INSERT INTO docs(docs) VALUES ('optimize')");
        return clock.Elapsed;
    }

    /// <summary>A client's own connection (kept open for the run) and its query runner.</summary>
    public Func<string, int> Client()
    {
        var db = Open();
        return query =>
        {
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var where = new List<string>();
            using var count = db.CreateCommand();
            using var page = db.CreateCommand();
            var match = string.Join(" AND ", words.Where(w => w.Length >= 3).Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));
            if (match.Length > 0)
            {
                where.Add("docs MATCH $match");
            }
            var i = 0;
            foreach (var word in words.Where(w => w.Length < 3))
            {
                where.Add($"(title LIKE $w{i} OR description LIKE $w{i} OR meta LIKE $w{i} OR body LIKE $w{i})");
                count.Parameters.AddWithValue($"$w{i}", $"%{word}%");
                page.Parameters.AddWithValue($"$w{i}", $"%{word}%");
                i++;
            }
            where.Add("visible = 1");
            var filter = string.Join(" AND ", where);
            if (match.Length > 0)
            {
                count.Parameters.AddWithValue("$match", match);
                page.Parameters.AddWithValue("$match", match);
            }
            count.CommandText = $"SELECT count(*) FROM docs WHERE {filter}";
            page.CommandText = match.Length > 0
                ? $"SELECT id, title, snippet(docs, 5, '<mark>', '</mark>', '…', 20) FROM docs WHERE {filter} ORDER BY bm25(docs, 0, 0, 4, 1, 2, 1) LIMIT 20"
                : $"SELECT id, title, substr(body, 1, 60) FROM docs WHERE {filter} LIMIT 20";
            var total = Convert.ToInt32(count.ExecuteScalar());
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                _ = reader.GetString(2);
            }
            return total;
        };
    }

    private SqliteConnection Open()
    {
        var db = new SqliteConnection(_connection);
        db.Open();
        return db;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
