using System.Runtime.ExceptionServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Querying;

namespace ResourceHub.Search.Indexing;

/// <summary>
/// This node's Lucene index: one writer and one searcher manager for the process. Only the
/// indexing worker writes; searches share refreshed searchers. The task cursor is committed in
/// the index's own commit data, so a crash never leaves the index ahead of or behind its cursor.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Bumped whenever fields or analysis change: an older index is rebuilt.</summary>
    private const string Schema = "5";

    /// <summary>
    /// BM25 for writing norms and for scoring: a term's weight saturates with its frequency and
    /// there is no coordination factor or query norm, so a score is the plain sum of its clauses,
    /// which lets a search bound what a run of documents can score and skip the runs that cannot
    /// reach the page (<see cref="Querying.Windows.WindowedSearch"/>).
    /// </summary>
    public static readonly SiteSimilarity Similarity = new();

    private readonly string _path;
    private readonly double _ramBufferMB;
    private readonly DensePostingsCache _postings;
    private readonly ILogger<SearchIndex> _logger;
    private readonly System.Threading.Lock _gate = new();
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public SearchIndex(SearchOptions options, ILogger<SearchIndex> logger)
    {
        _path = options.IndexPath;
        _ramBufferMB = options.RamBufferMB;
        _postings = new DensePostingsCache((long)(options.DensePostingsMB * 1024 * 1024));
        _logger = logger;
    }

    public ChineseAnalyzer Analyzer { get; } = new();

    public IndexCursor Cursor { get; private set; } = IndexCursor.Start;

    /// <summary>Open, and caught up with the task table at least once.</summary>
    public bool IsReady { get; set; }

    /// <summary>Opens the index; false when it was missing, corrupt or of an older schema and is now empty.</summary>
    public bool Open()
    {
        lock (_gate)
        {
            var usable = TryReadCommit(out var data);
            if (!usable)
            {
                Wipe();
            }
            // Mapped files: searches read postings from the page cache without a system call per buffer.
            _directory = new MMapDirectory(new DirectoryInfo(_path));
            var config = new IndexWriterConfig(ChineseAnalyzer.Version, Analyzer)
            {
                OpenMode = usable ? OpenMode.APPEND : OpenMode.CREATE,
                // A large buffer writes fewer, larger segments during a rebuild; near-real-time commits flush it early anyway.
                RAMBufferSizeMB = _ramBufferMB,
                // Segments of at most ~1 GB: a million packages make a handful of similar ones, which one search splits over the cores.
                MergePolicy = new TieredMergePolicy { MaxMergedSegmentMB = 1024, NoCFSRatio = 0 },
                // Each segment's files as they are: packing them into one compound file copies every byte once more.
                UseCompoundFile = false,
                Similarity = Similarity,
            };
            _writer = new IndexWriter(_directory, config);
            Cursor = usable ? IndexCursor.FromUserData(data!) : IndexCursor.Start;
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SiteSearchers(_postings));
            return usable;
        }
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searchers = _searchers ?? throw new InvalidOperationException("The search index is not open yet.");
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Replaces a package's documents (its published and working views) with these; none deletes it.</summary>
    public void Put(Guid packageId, IReadOnlyList<Document> documents)
    {
        var term = new Term(SearchFields.Id, packageId.ToString("N"));
        if (documents.Count == 1)
        {
            Writer.UpdateDocument(term, documents[0]);
            return;
        }
        Writer.DeleteDocuments(term);
        if (documents.Count > 0)
        {
            Writer.AddDocuments(documents);
        }
    }

    public void Add(Document document) => Writer.AddDocument(document);

    /// <summary>
    /// Builds and adds documents on up to <paramref name="threads"/> threads (this one and helpers of
    /// its own): the writer is thread-safe, and building and analysing are most of the cost, so each
    /// thread takes the next document until none is left. Not the pool's Parallel.For: its workers
    /// hand the loop on to other pool threads every few hundred milliseconds, so idle pool threads
    /// spun, and each new thread met the writer as a new writing thread (one more, smaller segment).
    /// </summary>
    public void AddAll<T>(IReadOnlyList<T> items, Func<T, Document> build, int threads)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < items.Count && failure is null; i = Interlocked.Increment(ref next))
                {
                    Writer.AddDocument(build(items[i]));
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }
        var helpers = Enumerable.Range(1, Math.Min(threads, items.Count) - 1)
            .Select(_ => new Thread(Work) { IsBackground = true, Name = "Search indexing" }).ToList();
        helpers.ForEach(t => t.Start());
        Work();
        helpers.ForEach(t => t.Join());
        failure?.Throw();
    }

    public void DeleteAll() => Writer.DeleteAll();

    /// <summary>Commits the changes together with the cursor, then lets searches see them.</summary>
    public void Commit(IndexCursor cursor)
    {
        var data = cursor.ToUserData();
        data["schema"] = Schema;
        Writer.SetCommitData(data);
        Writer.Commit();
        Cursor = cursor;
        _searchers!.MaybeRefreshBlocking();
    }

    private sealed class SiteSearchers(DensePostingsCache postings) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SiteSearcher(reader, postings) { Similarity = Similarity };
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is not open yet.");

    private bool TryReadCommit(out IDictionary<string, string>? data)
    {
        data = null;
        try
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(_path));
            if (!DirectoryReader.IndexExists(directory))
            {
                _logger.LogInformation("No search index at {Path}; it will be built from the database.", _path);
                return false;
            }
            using var reader = DirectoryReader.Open(directory);
            data = reader.IndexCommit.UserData;
            if (data.TryGetValue("schema", out var schema) && schema == Schema)
            {
                return true;
            }
            _logger.LogWarning("The search index at {Path} has an older schema; it will be rebuilt.", _path);
            return false;
        }
        // Whatever a damaged index throws (CorruptIndexException, EndOfStreamException, format errors…),
        // the answer is the same: the database holds the truth, so start over from it.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogError(e, "The search index at {Path} cannot be read; it will be rebuilt.", _path);
            return false;
        }
    }

    private void Wipe()
    {
        System.IO.Directory.CreateDirectory(_path);
        foreach (var file in System.IO.Directory.EnumerateFiles(_path))
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers?.Dispose();
            _postings.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
        }
    }
}
