using Azora.Contracts;
using Azora.Education.Data;
using Azora.Education.Features.Catalog;
using Azora.Education.Features.Courses;
using Azora.Education.Features.Dashboard;
using Azora.Education.Features.Guardians;
using Azora.Education.Features.Programs;
using Azora.Education.Features.Progress;
using Azora.Education.Features.Runs;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Azora.Education;

/// <summary>
/// The education hub: the public catalog (a read model of azora-lms's publications) with faceted search and course
/// runs, programs of courses with enrolment and completion, schema.org JSON-LD, the learner dashboard gathered from
/// azora-lms, and guardians who follow a consenting learner's progress.
/// </summary>
public sealed class EducationService : IAzoraService
{
    public const string LmsId = "azora-lms";

    public string Id => "azora-education";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<EducationDbContext, EducationSqliteContext, EducationPostgresContext>();
        AddCatalogSnapshots(builder);
        // The projections are public for Wolverine's generated handlers but built here, over the internal context.
        builder.Services.AddScoped(services => new CatalogProjection(services.GetRequiredService<EducationDbContext>()));
        builder.Services.AddScoped(services => new ProgressProjection(services.GetRequiredService<IDbContextOutbox<EducationDbContext>>()));
        builder.Services.ConfigureWolverine(options =>
        {
            options.CodeGeneration.AlwaysUseServiceLocationFor<CatalogProjection>();
            options.CodeGeneration.AlwaysUseServiceLocationFor<ProgressProjection>();
        });

        var lms = builder.Platform.AddressOf(ServiceCatalog.Current.Get(LmsId));
        builder.Services.AddHttpClient<LmsClient>(http => http.BaseAddress = lms)
            .AddStandardResilienceHandler(options =>
            {
                // A learner is waiting for the dashboard: a few quick tries, then the section is shown as unavailable.
                options.Retry.MaxRetryAttempts = 2;
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8);
            });
    }

    /// <summary>
    /// The in-memory catalog searches answer from, told of each committed change by an interceptor on the context.
    /// With a broker, replicas may share the database while each handles only some events, so a snapshot also expires.
    /// </summary>
    private static void AddCatalogSnapshots(ServiceBuilder builder)
    {
        TimeSpan? lifetime = builder.Platform.RabbitMqConnectionString is { Length: > 0 } ? TimeSpan.FromSeconds(SearchCatalog.MaxAgeSeconds) : null;
        builder.Services.AddSingleton(services => new CatalogSnapshots(
            services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>(), lifetime));
        builder.Services.AddSingleton(services => new CatalogChangeInterceptor(services.GetRequiredService<CatalogSnapshots>()));
        if (builder.Platform.Database == DatabaseProvider.Sqlite)
        {
            builder.Services.ConfigureDbContext<EducationSqliteContext>(AddCatalogInterceptor);
        }
        else
        {
            builder.Services.ConfigureDbContext<EducationPostgresContext>(AddCatalogInterceptor);
        }
    }

    private static void AddCatalogInterceptor(IServiceProvider services, DbContextOptionsBuilder options) =>
        options.AddInterceptors(services.GetRequiredService<CatalogChangeInterceptor>());

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().ValidateDataAnnotations();

        SearchCatalog.Map(api.MapGroup("/catalog").WithTags("Catalog"));

        var courses = api.MapGroup("/courses").WithTags("Courses");
        GetCourse.Map(courses);
        var runs = courses.MapGroup(string.Empty).WithTags("Runs").RequireAuthorization(InstructorsAndAdmins);
        ScheduleRun.Map(runs);
        ChangeRun.Map(runs);
        CancelRun.Map(runs);

        var programs = api.MapGroup("/programs").WithTags("Programs");
        ListPrograms.Map(programs);
        GetProgram.Map(programs);
        CreateProgram.Map(programs.MapGroup(string.Empty).RequireAuthorization(InstructorsAndAdmins));
        EnrollInProgram.Map(programs.MapGroup(string.Empty).RequireAuthorization(LearnersOnly));

        GetDashboard.Map(api.MapGroup(string.Empty).WithTags("Dashboard").RequireAuthorization(LearnersOnly));

        var guardians = api.MapGroup("/guardians").WithTags("Guardians").RequireAuthorization(GuardiansOnly);
        InviteLearner.Map(guardians);
        GuardedLearners.Map(guardians);
        InviteGuardian.Map(api.MapGroup("/learners").WithTags("Guardians").RequireAuthorization(LearnersOnly));
        var links = api.MapGroup("/guardian-links").WithTags("Guardians").RequireAuthorization(GuardiansAndLearners);
        ListLinks.Map(links);
        AnswerLink.Map(links);
    }

    private static void InstructorsAndAdmins(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.Instructor, Roles.PlatformAdmin);

    private static void LearnersOnly(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.Learner);

    private static void GuardiansOnly(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.Guardian);

    private static void GuardiansAndLearners(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.Guardian, Roles.Learner);
}
