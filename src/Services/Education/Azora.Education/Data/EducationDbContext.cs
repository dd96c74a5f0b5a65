using Azora.Education.Domain;
using Azora.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Data;

/// <summary>azora-education's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class EducationDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CatalogCourse> Courses => Set<CatalogCourse>();
    public DbSet<CourseSkill> CourseSkills => Set<CourseSkill>();
    public DbSet<CourseInstructor> CourseInstructors => Set<CourseInstructor>();
    public DbSet<CourseRun> Runs => Set<CourseRun>();
    public DbSet<LearningProgram> Programs => Set<LearningProgram>();
    public DbSet<ProgramCourse> ProgramCourses => Set<ProgramCourse>();
    public DbSet<ProgramPrerequisite> ProgramPrerequisites => Set<ProgramPrerequisite>();
    public DbSet<ProgramEnrollment> ProgramEnrollments => Set<ProgramEnrollment>();
    public DbSet<ProgramCompletion> ProgramCompletions => Set<ProgramCompletion>();
    public DbSet<CourseProgress> Progress => Set<CourseProgress>();
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();
    public DbSet<GuardianLink> GuardianLinks => Set<GuardianLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapProcessedMessages();
        MapCatalog(modelBuilder);
        MapPrograms(modelBuilder);
        MapProgress(modelBuilder);

        modelBuilder.Entity<GuardianLink>(link =>
        {
            link.ToTable("guardian_links");
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
            link.Property(l => l.InvitedBy).HasConversion<string>().HasMaxLength(20);
            link.HasIndex(l => new { l.GuardianId, l.LearnerId }).IsUnique();
            link.HasIndex(l => l.LearnerId);
        });
    }

    private static void MapCatalog(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CatalogCourse>(course =>
        {
            course.ToTable("catalog_courses");
            course.HasKey(c => c.CourseId);
            course.Property(c => c.CourseId).ValueGeneratedNever();
            course.Property(c => c.Title).HasMaxLength(CatalogCourse.TitleMaxLength);
            course.Property(c => c.SortTitle).HasMaxLength(CatalogCourse.TitleMaxLength);
            course.Property(c => c.Summary).HasMaxLength(CatalogCourse.SummaryMaxLength);
            course.Property(c => c.Subject).HasMaxLength(CatalogCourse.FacetMaxLength);
            course.Property(c => c.Level).HasMaxLength(CatalogCourse.FacetMaxLength);
            course.Property(c => c.Language).HasMaxLength(CatalogCourse.FacetMaxLength);
            course.Property(c => c.Currency).HasMaxLength(CatalogCourse.CurrencyLength);
            course.Ignore(c => c.IsFree);
            course.HasMany(c => c.Skills).WithOne().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasMany(c => c.Instructors).WithOne().HasForeignKey(i => i.CourseId).OnDelete(DeleteBehavior.Cascade);
            // The catalog's order (title, then id) over listed courses, and one index per facet it filters and counts by.
            course.HasIndex(c => new { c.IsListed, c.SortTitle, c.CourseId });
            course.HasIndex(c => new { c.IsListed, c.Subject });
            course.HasIndex(c => new { c.IsListed, c.Level });
            course.HasIndex(c => new { c.IsListed, c.Language });
            course.HasIndex(c => new { c.IsListed, c.PriceMinor });
        });
        modelBuilder.Entity<CourseSkill>(skill =>
        {
            skill.ToTable("catalog_course_skills");
            skill.HasKey(s => new { s.CourseId, s.Name });
            skill.Property(s => s.Name).HasMaxLength(CatalogCourse.FacetMaxLength);
            skill.HasIndex(s => new { s.Name, s.CourseId });
        });
        modelBuilder.Entity<CourseInstructor>(instructor =>
        {
            instructor.ToTable("catalog_course_instructors");
            instructor.HasKey(i => new { i.CourseId, i.AccountId });
        });
        modelBuilder.Entity<CourseRun>(run =>
        {
            run.ToTable("course_runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.Id).ValueGeneratedNever();
            run.Property(r => r.Pacing).HasConversion<string>().HasMaxLength(20);
            run.HasIndex(r => new { r.CourseId, r.StartsAt });
        });
    }

    private static void MapPrograms(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LearningProgram>(program =>
        {
            program.ToTable("programs");
            program.HasKey(p => p.Id);
            program.Property(p => p.Id).ValueGeneratedNever();
            program.Property(p => p.Title).HasMaxLength(LearningProgram.TitleMaxLength);
            program.Property(p => p.Summary).HasMaxLength(LearningProgram.SummaryMaxLength);
            program.Property(p => p.CredentialAwarded).HasMaxLength(LearningProgram.CredentialMaxLength);
            program.Property(p => p.Currency).HasMaxLength(CatalogCourse.CurrencyLength);
            program.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            program.Ignore(p => p.IsFree);
            program.Ignore(p => p.CourseIdsInOrder);
            program.HasMany(p => p.Courses).WithOne().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
            program.HasMany(p => p.Prerequisites).WithOne().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgramCourse>(course =>
        {
            course.ToTable("program_courses");
            course.HasKey(c => new { c.ProgramId, c.CourseId });
            course.HasIndex(c => c.CourseId);
        });
        modelBuilder.Entity<ProgramPrerequisite>(prerequisite =>
        {
            prerequisite.ToTable("program_prerequisites");
            prerequisite.HasKey(p => new { p.ProgramId, p.RequiredProgramId });
        });
        modelBuilder.Entity<ProgramEnrollment>(enrollment =>
        {
            enrollment.ToTable("program_enrollments");
            enrollment.HasKey(e => e.Id);
            enrollment.Property(e => e.Id).ValueGeneratedNever();
            enrollment.HasIndex(e => new { e.LearnerId, e.ProgramId }).IsUnique();
        });
        modelBuilder.Entity<ProgramCompletion>(completion =>
        {
            completion.ToTable("program_completions");
            completion.HasKey(c => new { c.LearnerId, c.ProgramId });
        });
    }

    private static void MapProgress(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CourseProgress>(progress =>
        {
            progress.ToTable("course_progress");
            progress.HasKey(p => new { p.LearnerId, p.CourseId });
            progress.Property(p => p.Grade).HasPrecision(5, 2);
        });
        modelBuilder.Entity<LessonCompletion>(lesson =>
        {
            lesson.ToTable("lesson_completions");
            lesson.HasKey(l => new { l.LearnerId, l.LessonId });
            lesson.HasIndex(l => new { l.LearnerId, l.CourseId });
        });
    }
}
