using Azora.Assessment.Data;
using Azora.Assessment.Features.Attempts;
using Azora.Assessment.Features.Grading;
using Azora.Assessment.Features.Qti;
using Azora.Assessment.Features.Questions;
using Azora.Assessment.Features.Quizzes;
using Azora.Assessment.Features.Statistics;
using Azora.Contracts;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Assessment;

/// <summary>
/// Quizzes and exams: a versioned question bank of eight types, quizzes with fixed questions and random draws, timed
/// attempts with autosave and a server-side grace period, automatic and rubric grading, regrades, Moodle's item analysis
/// and QTI 3.0 items. Publishes <c>AttemptGraded</c> for every grade.
/// </summary>
public sealed class AssessmentService : IAzoraService
{
    public string Id => "azora-assessment";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<AssessmentDbContext, AssessmentSqliteContext, AssessmentPostgresContext>();
        builder.Services.AddScoped<GradePublisher>();
        builder.Services.AddSingleton<SubmissionQueue>();
        builder.Services.AddSingleton<QuestionVersionCache>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().ValidateDataAnnotations();

        var questions = api.MapGroup("/questions").WithTags("Questions").RequireAuthorization(InstructorsOrAdmins);
        CreateQuestion.Map(questions);
        ListQuestions.Map(questions);
        GetQuestion.Map(questions);
        ReviseQuestion.Map(questions);
        ExportQti.Map(questions);
        ImportQti.Map(questions);

        var quizzes = api.MapGroup("/quizzes").WithTags("Quizzes");
        GetQuiz.Map(quizzes);
        ListAttempts.Map(quizzes);
        StartAttempt.Map(quizzes.MapGroup(string.Empty).RequireAuthorization(Learners));
        var authoring = quizzes.MapGroup(string.Empty).RequireAuthorization(InstructorsOrAdmins);
        CreateQuiz.Map(authoring);
        ListQuizzes.Map(authoring);
        EditQuizSettings.Map(authoring);
        SetOverride.Map(authoring);
        GradingQueue.Map(authoring);
        RegradeQuestion.Map(authoring);
        GetStatistics.Map(authoring);

        var attempts = api.MapGroup("/attempts").WithTags("Attempts");
        GetAttempt.Map(attempts);
        SaveAnswers.Map(attempts);
        SubmitAttempt.Map(attempts);
        GradeEssay.Map(attempts.MapGroup(string.Empty).RequireAuthorization(InstructorsOrAdmins));
    }

    private static void InstructorsOrAdmins(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.Instructor, Roles.PlatformAdmin);

    private static void Learners(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.Learner);
}
