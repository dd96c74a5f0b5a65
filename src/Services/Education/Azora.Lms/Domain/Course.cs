namespace Azora.Lms.Domain;

/// <summary>
/// A course an instructor authors: its catalog description, price, prerequisites and completion rule, with ordered
/// modules of ordered lessons. Its owner and co-instructors edit it; learners see it once it is published.
/// </summary>
internal sealed class Course
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int SubjectMaxLength = 100;
    public const int LevelMaxLength = 40;
    public const int LanguageMaxLength = 35;
    public const int SkillMaxLength = 100;
    public const int MaxSkills = 30;
    public const int MaxPrerequisites = 20;
    public const int MaxModules = 100;
    public const int MaxLessons = 500;
    public const int MaxCoInstructors = 20;

    private Course()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Level { get; private set; } = "";
    public string Language { get; private set; } = "";
    public long PriceMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public List<string> Skills { get; private set; } = [];
    public List<Guid> PrerequisiteIds { get; private set; } = [];

    /// <summary>A weighted grade the learner must also reach to complete the course, on top of the lesson rules; 0 for none.</summary>
    public decimal MinimumGrade { get; private set; }

    public bool IsPublished { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Counts every change, so that two instructors editing at once cannot both win.</summary>
    public int Revision { get; private set; }

    public List<CourseInstructor> CoInstructors { get; private set; } = [];
    public List<CourseModule> Modules { get; private set; } = [];
    public List<Lesson> Lessons { get; private set; } = [];
    public List<GradeCategory> GradeCategories { get; private set; } = [];

    public bool IsFree => PriceMinor == 0;

    public bool IsInstructor(Guid accountId) => accountId == OwnerId || CoInstructors.Any(c => c.AccountId == accountId);

    public IEnumerable<Guid> InstructorIds => CoInstructors.Select(c => c.AccountId).Prepend(OwnerId);

    public static Course Create(Guid ownerId, CourseDetails details, DateTimeOffset now)
    {
        var course = new Course { Id = Guid.CreateVersion7(now), OwnerId = ownerId, CreatedAt = now };
        course.Describe(details, now);
        return course;
    }

    /// <summary>Replaces the description; <paramref name="details"/> has been checked by <see cref="CourseDetails.Problems"/>.</summary>
    public void Describe(CourseDetails details, DateTimeOffset now)
    {
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Subject = details.Subject.Trim();
        Level = details.Level.Trim();
        Language = details.Language.Trim();
        PriceMinor = details.PriceMinor;
        Currency = details.Currency;
        Skills = [.. details.Skills];
        PrerequisiteIds = [.. details.PrerequisiteIds];
        MinimumGrade = details.MinimumGrade;
        Touch(now);
    }

    public CourseModule AddModule(string title, DateTimeOffset now)
    {
        var module = CourseModule.Create(Id, title, Modules.Count + 1, now);
        Modules.Add(module);
        Touch(now);
        return module;
    }

    public void RenameModule(CourseModule module, string title, DateTimeOffset now)
    {
        module.Rename(title);
        Touch(now);
    }

    public Lesson AddLesson(CourseModule module, LessonDefinition definition, DateTimeOffset now)
    {
        var position = Lessons.Count(l => l.ModuleId == module.Id) + 1;
        var lesson = Lesson.Create(Id, module.Id, position, definition, now);
        Lessons.Add(lesson);
        Touch(now);
        return lesson;
    }

    /// <summary>Puts the modules in the order given, which names each module once; null when done, otherwise why not.</summary>
    public string? ReorderModules(IReadOnlyList<Guid> moduleIds, DateTimeOffset now)
    {
        if (!IsPermutation(moduleIds, Modules.Select(m => m.Id)))
        {
            return "Name every module of the course exactly once.";
        }
        foreach (var module in Modules)
        {
            module.MoveTo(IndexOf(moduleIds, module.Id) + 1);
        }
        Touch(now);
        return null;
    }

    /// <summary>Puts a module's lessons in the order given, which names each of them once; null when done, otherwise why not.</summary>
    public string? ReorderLessons(CourseModule module, IReadOnlyList<Guid> lessonIds, DateTimeOffset now)
    {
        var lessons = Lessons.Where(l => l.ModuleId == module.Id).ToList();
        if (!IsPermutation(lessonIds, lessons.Select(l => l.Id)))
        {
            return "Name every lesson of the module exactly once.";
        }
        foreach (var lesson in lessons)
        {
            lesson.MoveTo(IndexOf(lessonIds, lesson.Id) + 1);
        }
        Touch(now);
        return null;
    }

    private static bool IsPermutation(IReadOnlyList<Guid> order, IEnumerable<Guid> ids)
    {
        var set = ids.ToHashSet();
        return order.Count == set.Count && order.Distinct().Count() == order.Count && order.All(set.Contains);
    }

    private static int IndexOf(IReadOnlyList<Guid> order, Guid id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == id)
            {
                return i;
            }
        }
        throw new ArgumentException($"{id} is not in the order.", nameof(id));
    }

    public void RedefineLesson(Lesson lesson, LessonDefinition definition, DateTimeOffset now)
    {
        lesson.Redefine(definition);
        Touch(now);
    }

    /// <summary>Lessons in the order a learner meets them: by module, then by position in the module.</summary>
    public IReadOnlyList<Lesson> OrderedLessons()
    {
        var modulePositions = Modules.ToDictionary(m => m.Id, m => m.Position);
        return [.. Lessons.OrderBy(l => modulePositions.GetValueOrDefault(l.ModuleId)).ThenBy(l => l.Position)];
    }

    /// <summary>Null when published now, otherwise why not.</summary>
    public string? Publish(DateTimeOffset now)
    {
        if (Lessons.Count == 0)
        {
            return "A course needs at least one lesson before it is published.";
        }
        IsPublished = true;
        PublishedAt = now;
        Touch(now);
        return null;
    }

    public void Unpublish(DateTimeOffset now)
    {
        IsPublished = false;
        Touch(now);
    }

    /// <summary>Null when added (or already there), otherwise why not.</summary>
    public string? AddCoInstructor(Guid accountId, DateTimeOffset now)
    {
        if (accountId == OwnerId)
        {
            return "The owner already teaches the course.";
        }
        if (CoInstructors.Any(c => c.AccountId == accountId))
        {
            return null;
        }
        if (CoInstructors.Count >= MaxCoInstructors)
        {
            return $"A course has at most {MaxCoInstructors} co-instructors.";
        }
        CoInstructors.Add(new CourseInstructor { CourseId = Id, AccountId = accountId, AddedAt = now });
        Touch(now);
        return null;
    }

    public void RemoveCoInstructor(Guid accountId, DateTimeOffset now)
    {
        if (CoInstructors.RemoveAll(c => c.AccountId == accountId) > 0)
        {
            Touch(now);
        }
    }

    public void ReplaceGradeCategories(IReadOnlyList<GradeCategory> categories, DateTimeOffset now)
    {
        GradeCategories.Clear();
        GradeCategories.AddRange(categories);
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}
