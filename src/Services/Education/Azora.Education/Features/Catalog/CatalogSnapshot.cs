using System.Collections.Concurrent;
using System.Text;
using Azora.Education.Domain;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// The catalog read model at one moment, held in memory and never changed: every course in catalog order (title, then
/// id), the words of their search text indexed, and the facet counts of the whole catalog. A search filters and counts
/// here instead of in the database; the database stays the source of truth, and a new snapshot replaces this one when
/// the read model changes (<see cref="CatalogSnapshots"/>).
/// </summary>
/// <remarks>
/// The answers are the database query's: a word matches where it occurs anywhere in the lower-cased title, summary or
/// skills (an ordinal substring, like SQLite's <c>instr</c>), facets match exactly, the order is the ordinal (UTF-8
/// byte) order of the lower-cased title with the id's bytes breaking ties, and facet values with the same count are
/// ordered the same way.
/// </remarks>
internal sealed class CatalogSnapshot
{
    /// <summary>How many distinct searches keep their prepared answer; beyond that, answers are computed each time.</summary>
    public const int MaxCachedAnswers = 4096;

    private readonly CatalogEntry[] _listed;
    private readonly Dictionary<Guid, CatalogEntry> _byId;
    private readonly (string Token, int[] Positions)[] _tokens;
    private readonly CatalogFacets _allFacets;
    private readonly ConcurrentDictionary<CatalogQuery, CatalogAnswer> _answers = new();

    private CatalogSnapshot(long generation, IEnumerable<CatalogCourse> courses)
    {
        Generation = generation;
        var entries = courses.Select(course => new CatalogEntry(course)).ToList();
        _byId = entries.ToDictionary(e => e.CourseId);
        _listed = [.. entries.Where(e => e.IsListed).Order(EntryOrder.Instance)];
        for (var position = 0; position < _listed.Length; position++)
        {
            _listed[position].Position = position;
        }
        _tokens = IndexTokens(_listed);
        _allFacets = CountFacets(_listed);
    }

    /// <summary>The count of read-model changes this snapshot includes.</summary>
    public long Generation { get; }

    public static CatalogSnapshot Of(long generation, IEnumerable<CatalogCourse> courses) => new(generation, courses);

    /// <summary>The answer to a search, prepared once per snapshot and query; <paramref name="prepare"/> renders a page.</summary>
    public CatalogAnswer Answer(CatalogQuery query, Func<CatalogPage, CatalogAnswer> prepare)
    {
        if (_answers.TryGetValue(query, out var answer))
        {
            return answer;
        }
        answer = prepare(Search(query));
        if (_answers.Count < MaxCachedAnswers)
        {
            _answers.TryAdd(query, answer);
        }
        return answer;
    }

    /// <summary>Whether the cursor's course exists in the read model (listed or not), as the database lookup did.</summary>
    public bool Knows(Guid courseId) => _byId.ContainsKey(courseId);

    public CatalogPage Search(CatalogQuery query)
    {
        var filters = query.Filters;
        var matches = Match(filters);
        var start = 0;
        if (query.After is { } afterId)
        {
            var after = _byId[afterId];
            start = FirstAfter(matches, after);
        }
        var items = new List<CatalogItem>(Math.Min(query.Limit, Math.Max(0, matches.Count - start)));
        for (var i = start; i < matches.Count && items.Count < query.Limit; i++)
        {
            items.Add(matches[i].Item);
        }
        var next = start + items.Count < matches.Count ? Azora.ServiceDefaults.Paging.PageQuery.CursorOf(items[^1].CourseId) : null;
        var facets = ReferenceEquals(matches, _listed) ? _allFacets : CountFacets(matches);
        return new CatalogPage(items, matches.Count, facets, next);
    }

    private IReadOnlyList<CatalogEntry> Match(CatalogFilters filters)
    {
        if (filters is { Words.Count: 0, Subject: null, Level: null, Language: null, Free: null, Skill: null })
        {
            return _listed;
        }
        IEnumerable<CatalogEntry> candidates = _listed;
        if (filters.Words.Count > 0)
        {
            candidates = filters.Words
                .Select(WithWord)
                .Aggregate((found, next) => found.Intersect(next).ToHashSet())
                .Order()
                .Select(position => _listed[position]);
        }
        return
        [
            .. candidates.Where(e =>
                (filters.Subject is not { } subject || e.Subject == subject)
                && (filters.Level is not { } level || e.Level == level)
                && (filters.Language is not { } language || e.Language == language)
                && (filters.Free is not { } free || e.IsFree == free)
                && (filters.Skill is not { } skill || e.Skills.Contains(skill))),
        ];
    }

    /// <summary>
    /// The positions of the courses whose search text contains <paramref name="word"/>. A word without white space can
    /// only occur inside one whitespace-separated token, so the index of tokens answers it; any other word is looked
    /// for in every text.
    /// </summary>
    private HashSet<int> WithWord(string word)
    {
        var found = new HashSet<int>();
        if (word.Any(char.IsWhiteSpace))
        {
            found.UnionWith(_listed.Where(e => e.SearchText.Contains(word, StringComparison.Ordinal)).Select(e => e.Position));
            return found;
        }
        foreach (var (token, positions) in _tokens)
        {
            if (token.Contains(word, StringComparison.Ordinal))
            {
                found.UnionWith(positions);
            }
        }
        return found;
    }

    /// <summary>The index of the first match that comes after <paramref name="after"/> in catalog order.</summary>
    private static int FirstAfter(IReadOnlyList<CatalogEntry> matches, CatalogEntry after)
    {
        int low = 0, high = matches.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (EntryOrder.Instance.Compare(matches[middle], after) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static (string Token, int[] Positions)[] IndexTokens(CatalogEntry[] listed)
    {
        var tokens = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entry in listed)
        {
            foreach (var token in entry.SearchText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                if (!tokens.TryGetValue(token, out var positions))
                {
                    tokens[token] = positions = [];
                }
                positions.Add(entry.Position);
            }
        }
        return [.. tokens.Select(t => (t.Key, t.Value.ToArray()))];
    }

    private static CatalogFacets CountFacets(IReadOnlyList<CatalogEntry> matches)
    {
        var subject = new Dictionary<string, int>(StringComparer.Ordinal);
        var level = new Dictionary<string, int>(StringComparer.Ordinal);
        var language = new Dictionary<string, int>(StringComparer.Ordinal);
        var price = new Dictionary<string, int>(StringComparer.Ordinal);
        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in matches)
        {
            Add(subject, entry.Subject);
            Add(level, entry.Level);
            Add(language, entry.Language);
            Add(price, entry.IsFree ? CatalogFilters.PriceFree : CatalogFilters.PricePaid);
            foreach (var skill in entry.Skills)
            {
                Add(skills, skill);
            }
        }
        return new CatalogFacets(Top(subject), Top(level), Top(language), Top(price, int.MaxValue), Top(skills));
    }

    private static void Add(Dictionary<string, int> counts, string value) =>
        counts[value] = counts.GetValueOrDefault(value) + 1;

    private static List<FacetCount> Top(Dictionary<string, int> counts, int take = SearchCatalog.MaxFacetValues) =>
    [
        .. counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, Utf8Order.Instance)
            .Take(take)
            .Select(c => new FacetCount(c.Key, c.Value)),
    ];

    /// <summary>One course as the snapshot holds it: what the search compares, and its item ready to show.</summary>
    private sealed class CatalogEntry
    {
        public CatalogEntry(CatalogCourse course)
        {
            CourseId = course.CourseId;
            IdBytes = course.CourseId.ToByteArray(bigEndian: true);
            SortTitle = Encoding.UTF8.GetBytes(course.SortTitle);
            SearchText = course.SearchText;
            Subject = course.Subject;
            Level = course.Level;
            Language = course.Language;
            IsFree = course.IsFree;
            IsListed = course.IsListed;
            Skills = course.Skills.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            Item = CatalogItem.From(course);
        }

        public Guid CourseId { get; }
        public byte[] IdBytes { get; }
        public byte[] SortTitle { get; }
        public string SearchText { get; }
        public string Subject { get; }
        public string Level { get; }
        public string Language { get; }
        public bool IsFree { get; }
        public bool IsListed { get; }
        public HashSet<string> Skills { get; }
        public CatalogItem Item { get; }

        /// <summary>Its index among the listed courses, set once while the snapshot is built.</summary>
        public int Position { get; set; } = -1;
    }

    /// <summary>Catalog order: the lower-cased title's UTF-8 bytes (SQLite's binary collation), then the id's bytes.</summary>
    private sealed class EntryOrder : IComparer<CatalogEntry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(CatalogEntry? x, CatalogEntry? y)
        {
            var title = x!.SortTitle.AsSpan().SequenceCompareTo(y!.SortTitle);
            return title != 0 ? title : x.IdBytes.AsSpan().SequenceCompareTo(y.IdBytes);
        }
    }

    /// <summary>Text in the order of its UTF-8 bytes, as SQLite's binary collation orders it.</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y) =>
            Encoding.UTF8.GetBytes(x!).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y!));
    }
}

/// <summary>
/// A search as the snapshot answers it: the filters, the page size and the course the page starts after. Two queries
/// are equal when they ask the same (the same words in the same order), so a repeated search finds its prepared answer.
/// </summary>
internal sealed record CatalogQuery(CatalogFilters Filters, int Limit, Guid? After)
{
    public bool Equals(CatalogQuery? other) =>
        other is not null
        && Limit == other.Limit
        && After == other.After
        && Filters.Words.SequenceEqual(other.Filters.Words, StringComparer.Ordinal)
        && Filters with { Words = other.Filters.Words } == other.Filters;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var word in Filters.Words)
        {
            hash.Add(word, StringComparer.Ordinal);
        }
        hash.Add(Filters.Subject);
        hash.Add(Filters.Level);
        hash.Add(Filters.Language);
        hash.Add(Filters.Free);
        hash.Add(Filters.Skill);
        hash.Add(Limit);
        hash.Add(After);
        return hash.ToHashCode();
    }
}

/// <summary>A page of the catalog rendered once: its JSON body and the entity tag derived from it.</summary>
internal sealed record CatalogAnswer(byte[] Body, string ETag);
