using Azora.Lms.Domain;
using Azora.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Data;

/// <summary>azora-lms's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class LmsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseModule> Modules => Set<CourseModule>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<DueDateExtension> Extensions => Set<DueDateExtension>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<CourseCompletion> CourseCompletions => Set<CourseCompletion>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<RecordedStatement> Statements => Set<RecordedStatement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapProcessedMessages();

        modelBuilder.Entity<Course>(course =>
        {
            course.ToTable("courses");
            course.HasKey(c => c.Id);
            course.Property(c => c.Id).ValueGeneratedNever();
            course.Property(c => c.Title).HasMaxLength(Course.TitleMaxLength);
            course.Property(c => c.Summary).HasMaxLength(Course.SummaryMaxLength);
            course.Property(c => c.Subject).HasMaxLength(Course.SubjectMaxLength);
            course.Property(c => c.Level).HasMaxLength(Course.LevelMaxLength);
            course.Property(c => c.Language).HasMaxLength(Course.LanguageMaxLength);
            course.Property(c => c.Currency).HasMaxLength(3);
            course.Property(c => c.MinimumGrade).HasPrecision(5, 2);
            course.PrimitiveCollection(c => c.Skills);
            course.PrimitiveCollection(c => c.PrerequisiteIds);
            course.Property(c => c.Revision).IsConcurrencyToken();
            course.HasMany(c => c.CoInstructors).WithOne().HasForeignKey(i => i.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasMany(c => c.Modules).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasMany(c => c.GradeCategories).WithOne().HasForeignKey(g => g.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasIndex(c => new { c.OwnerId, c.Id });
        });

        modelBuilder.Entity<CourseInstructor>(instructor =>
        {
            instructor.ToTable("course_instructors");
            instructor.HasKey(i => new { i.CourseId, i.AccountId });
            instructor.HasIndex(i => new { i.AccountId, i.CourseId });
        });

        modelBuilder.Entity<CourseModule>(module =>
        {
            module.ToTable("modules");
            module.HasKey(m => m.Id);
            module.Property(m => m.Id).ValueGeneratedNever();
            module.Property(m => m.Title).HasMaxLength(CourseModule.TitleMaxLength);
            // Not unique: a reorder rewrites positions row by row. The course's revision keeps writers from interleaving.
            module.HasIndex(m => new { m.CourseId, m.Position });
        });

        modelBuilder.Entity<Lesson>(lesson =>
        {
            lesson.ToTable("lessons");
            lesson.HasKey(l => l.Id);
            lesson.Property(l => l.Id).ValueGeneratedNever();
            lesson.Property(l => l.Title).HasMaxLength(Lesson.TitleMaxLength);
            lesson.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            lesson.Property(l => l.VideoUrl).HasMaxLength(Lesson.UrlMaxLength);
            lesson.Property(l => l.CaptionsUrl).HasMaxLength(Lesson.UrlMaxLength);
            lesson.Property(l => l.GradeCategory).HasMaxLength(Lesson.CategoryMaxLength);
            lesson.HasOne<CourseModule>().WithMany().HasForeignKey(l => l.ModuleId).OnDelete(DeleteBehavior.NoAction);
            lesson.HasIndex(l => new { l.ModuleId, l.Position });
            lesson.HasIndex(l => l.QuizId);
        });

        modelBuilder.Entity<GradeCategory>(category =>
        {
            category.ToTable("grade_categories");
            category.HasKey(g => new { g.CourseId, g.Name });
            category.Property(g => g.Name).HasMaxLength(Lesson.CategoryMaxLength);
            category.Property(g => g.Weight).HasPrecision(5, 2);
        });

        modelBuilder.Entity<Enrollment>(enrollment =>
        {
            enrollment.ToTable("enrollments");
            enrollment.HasKey(e => e.Id);
            enrollment.Property(e => e.Id).ValueGeneratedNever();
            enrollment.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
            enrollment.Ignore(e => e.HasEnded);
            enrollment.HasIndex(e => new { e.CourseId, e.LearnerId }).IsUnique();
            enrollment.HasIndex(e => new { e.LearnerId, e.Id });
        });

        modelBuilder.Entity<LessonCompletion>(completion =>
        {
            completion.ToTable("lesson_completions");
            completion.HasKey(c => new { c.LessonId, c.LearnerId });
            completion.HasIndex(c => new { c.LearnerId, c.CourseId });
        });

        modelBuilder.Entity<QuizAttempt>(attempt =>
        {
            attempt.ToTable("quiz_attempts");
            attempt.HasKey(a => new { a.AttemptId, a.GradeRevision });
            attempt.Property(a => a.Score).HasPrecision(12, 4);
            attempt.Property(a => a.MaxScore).HasPrecision(12, 4);
            attempt.Property(a => a.Percent).HasPrecision(7, 4);
            attempt.HasIndex(a => new { a.LearnerId, a.QuizId });
        });

        modelBuilder.Entity<DueDateExtension>(extension =>
        {
            extension.ToTable("due_date_extensions");
            extension.HasKey(e => new { e.LessonId, e.LearnerId });
            extension.HasIndex(e => new { e.LearnerId, e.CourseId });
        });

        modelBuilder.Entity<Announcement>(announcement =>
        {
            announcement.ToTable("announcements");
            announcement.HasKey(a => a.Id);
            announcement.Property(a => a.Id).ValueGeneratedNever();
            announcement.Property(a => a.Title).HasMaxLength(Announcement.TitleMaxLength);
            announcement.Property(a => a.Body).HasMaxLength(Announcement.BodyMaxLength);
            announcement.HasIndex(a => new { a.CourseId, a.Id });
        });

        modelBuilder.Entity<CourseCompletion>(completion =>
        {
            completion.ToTable("course_completions");
            completion.HasKey(c => new { c.CourseId, c.LearnerId });
            completion.Property(c => c.Grade).HasPrecision(5, 2);
        });

        modelBuilder.Entity<CalendarFeed>(feed =>
        {
            feed.ToTable("calendar_feeds");
            feed.HasKey(f => f.LearnerId);
            feed.Property(f => f.TokenHash).HasMaxLength(64);
            feed.HasIndex(f => f.TokenHash).IsUnique();
        });

        modelBuilder.Entity<RecordedStatement>(statement =>
        {
            statement.ToTable("xapi_statements");
            statement.HasKey(s => s.Sequence);
            statement.Property(s => s.Sequence).ValueGeneratedOnAdd();
            statement.HasIndex(s => s.StatementId).IsUnique();
            statement.Property(s => s.Verb).HasMaxLength(200);
            statement.HasIndex(s => new { s.LearnerId, s.Sequence });
        });
    }
}
