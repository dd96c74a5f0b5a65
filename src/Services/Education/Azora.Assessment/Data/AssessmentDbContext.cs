using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Data;

/// <summary>azora-assessment's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class AssessmentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<QuestionVersion> QuestionVersions => Set<QuestionVersion>();
    public DbSet<QuestionTag> QuestionTags => Set<QuestionTag>();
    public DbSet<Quiz> Quizzes => Set<Quiz>();
    public DbSet<QuizOverride> Overrides => Set<QuizOverride>();
    public DbSet<Attempt> Attempts => Set<Attempt>();
    public DbSet<AttemptItem> AttemptItems => Set<AttemptItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Question>(question =>
        {
            question.ToTable("questions");
            question.HasKey(q => q.Id);
            question.Property(q => q.Id).ValueGeneratedNever();
            // Two edits racing for the same next version number: the second fails on the version key instead.
            question.Property(q => q.LatestVersionNumber).IsConcurrencyToken();
            question.Ignore(q => q.Latest);
            question.HasMany(q => q.Versions).WithOne().HasForeignKey(v => v.QuestionId).OnDelete(DeleteBehavior.Cascade);
            question.HasMany(q => q.Tags).WithOne().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
            question.Navigation(q => q.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
            question.Navigation(q => q.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
            question.HasIndex(q => new { q.OwnerId, q.CreatedAt, q.Id });
        });

        modelBuilder.Entity<QuestionVersion>(version =>
        {
            version.ToTable("question_versions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).ValueGeneratedNever();
            version.HasIndex(v => new { v.QuestionId, v.Number }).IsUnique();
            version.Property(v => v.Type).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.Text).HasMaxLength(QuestionVersion.TextMaxLength);
            version.Property(v => v.Feedback).HasMaxLength(QuestionVersion.FeedbackMaxLength);
            version.Property(v => v.Points).HasPrecision(12, 4);
            version.Property(v => v.Tags).HasJsonConversion();
            version.Property(v => v.Definition).HasJsonConversion();
            version.Ignore(v => v.Content);
        });

        modelBuilder.Entity<QuestionTag>(tag =>
        {
            tag.ToTable("question_tags");
            tag.HasKey(t => new { t.QuestionId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(Question.TagMaxLength);
            tag.HasIndex(t => new { t.Tag, t.QuestionId });
        });

        modelBuilder.Entity<Quiz>(quiz =>
        {
            quiz.ToTable("quizzes");
            quiz.HasKey(q => q.Id);
            quiz.Property(q => q.Id).ValueGeneratedNever();
            quiz.Property(q => q.Title).HasMaxLength(Quiz.TitleMaxLength);
            quiz.Property(q => q.Slots).HasJsonConversion();
            quiz.Property(q => q.PassMarkPercent).HasPrecision(5, 2);
            quiz.Property(q => q.FeedbackMode).HasConversion<string>().HasMaxLength(20);
            quiz.HasIndex(q => new { q.OwnerId, q.CreatedAt, q.Id });
        });

        modelBuilder.Entity<QuizOverride>(entry =>
        {
            entry.ToTable("quiz_overrides");
            entry.HasKey(o => new { o.QuizId, o.LearnerId });
        });

        modelBuilder.Entity<Attempt>(attempt =>
        {
            attempt.ToTable("attempts");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).ValueGeneratedNever();
            // Two concurrent starts cannot both become attempt n.
            attempt.HasIndex(a => new { a.QuizId, a.LearnerId, a.Number }).IsUnique();
            attempt.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
            attempt.Property(a => a.Score).HasPrecision(12, 4);
            attempt.Property(a => a.MaxScore).HasPrecision(12, 4);
            attempt.Property(a => a.Percent).HasPrecision(7, 2);
            // Each change of an attempt (an autosave, the submission, a grade) bumps it; a concurrent change then fails.
            attempt.Property<int>("Version").IsConcurrencyToken();
            attempt.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AttemptId).OnDelete(DeleteBehavior.Cascade);
            attempt.Navigation(a => a.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<AttemptItem>(item =>
        {
            item.ToTable("attempt_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.HasIndex(i => new { i.AttemptId, i.Position }).IsUnique();
            item.HasIndex(i => i.QuestionId);
            item.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Points).HasPrecision(12, 4);
            item.Property(i => i.Fraction).HasPrecision(9, 6);
            item.Property(i => i.Score).HasPrecision(12, 4);
            item.Property(i => i.Response).HasJsonConversion();
            item.Property(i => i.RubricGrade).HasJsonConversion();
        });

        modelBuilder.MapIdempotencyRecords();
    }

    /// <summary>Marks the attempt changed so that its concurrency token moves on even when only its items changed.</summary>
    public void Touch(Attempt attempt)
    {
        var version = Entry(attempt).Property<int>("Version");
        version.CurrentValue++;
    }
}
