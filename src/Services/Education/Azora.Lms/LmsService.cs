using Azora.Contracts;
using Azora.Lms.Data;
using Azora.Lms.Features.Announcements;
using Azora.Lms.Features.Authoring;
using Azora.Lms.Features.Calendar;
using Azora.Lms.Features.Courses;
using Azora.Lms.Features.Enrollments;
using Azora.Lms.Features.Gradebook;
using Azora.Lms.Features.Progress;
using Azora.Lms.Features.Statements;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Lms;

/// <summary>
/// Courses and learning: authoring (courses, modules, lessons, co-instructors), enrolment (free now, paid through
/// payment-service, or requested by another service), progress and completion rules, self-paced due dates with
/// extensions, a weighted gradebook, announcements, an iCalendar feed of due dates and xAPI statements. Emits
/// CoursePublished, LearnerEnrolled, LessonCompleted and, exactly once per learner and course, CourseCompleted.
/// </summary>
public sealed class LmsService : IAzoraService
{
    public string Id => "azora-lms";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<LmsDbContext, LmsSqliteContext, LmsPostgresContext>();
        builder.Services.AddSingleton(LmsOptions.From(builder));
        builder.Services.AddSingleton<XapiStatements>();
        builder.Services.AddScoped<LearningRecorder>();
        builder.Services.AddScoped<LmsOutbox>();
        builder.Services.AddSingleton<LearningInbox>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().ValidateDataAnnotations();

        var courses = api.MapGroup("/courses").WithTags("Courses");
        var teaching = courses.MapGroup(string.Empty).RequireAuthorization(InstructorsOnly);
        CreateCourse.Map(teaching);
        ListTaughtCourses.Map(teaching);
        GetCourse.Map(courses);
        EditCourse.Map(courses);
        PublishCourse.Map(courses);
        ManageCoInstructors.Map(courses);
        AddModule.Map(courses);
        SetGradeCategories.Map(courses);

        var modules = api.MapGroup("/modules").WithTags("Courses");
        AddLesson.Map(modules);
        RenameModule.Map(modules);
        ReorderContent.Map(courses, modules);
        EditLesson.Map(api.MapGroup("/lessons").WithTags("Courses"));

        var learning = api.MapGroup("/courses").WithTags("Learning");
        EnrolInCourse.Map(learning);
        GetProgress.Map(learning);
        GetGradebook.Map(learning);
        PostAnnouncement.Map(learning);
        ListAnnouncements.Map(learning);

        var lessons = api.MapGroup("/lessons").WithTags("Learning");
        CompleteLesson.Map(lessons);
        ExtendDueDate.Map(lessons);

        var me = api.MapGroup("/me").WithTags("Me");
        ListMyEnrollments.Map(me);
        RotateCalendarFeed.Map(me);
        ListMyStatements.Map(me);

        ReadCalendarFeed.Map(api.MapGroup("/calendar").WithTags("Me"));
    }

    private static void InstructorsOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Instructor, Roles.PlatformAdmin);
}
